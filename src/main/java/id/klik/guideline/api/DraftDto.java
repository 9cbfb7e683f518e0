package id.klik.guideline.api;

import id.klik.guideline.application.TemplatePublishingService.CheckedDraft;
import id.klik.shared.api.ErrorDto;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * A template draft: the id and version its text names (null while unreadable) and what is still
 * wrong with it; it can be published once {@code problems} is empty.
 *
 * @param revision counts the saves; send it as If-Match when replacing the draft
 */
public record DraftDto(
    UUID id,
    long revision,
    String templateId,
    String version,
    String createdBy,
    OffsetDateTime updatedAt,
    boolean valid,
    List<ErrorDto.ProblemDto> problems) {

  static DraftDto of(CheckedDraft checked, Locale locale) {
    var d = checked.draft();
    return new DraftDto(
        d.id(),
        d.version(),
        d.templateId(),
        d.versionLabel(),
        d.createdBy(),
        d.updatedAt(),
        checked.reading().valid(),
        checked.reading().problems().stream()
            .map(p -> new ErrorDto.ProblemDto(p.line(), p.field(), p.message(locale)))
            .toList());
  }
}
