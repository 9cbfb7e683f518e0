package id.klik.guideline.api;

import id.klik.guideline.domain.AdoptedTemplate;
import java.time.Instant;

/**
 * A template this tenant adopted.
 *
 * @param provenance e.g. "based on KLIK Pontianak 2024.1", in the caller's language
 * @param active true for the clinic template that drives the clinic
 */
public record AdoptedTemplateDto(
    String templateId,
    String kind,
    String basedOn,
    String provenance,
    int revision,
    Instant adoptedAt,
    boolean active) {

  static AdoptedTemplateDto of(AdoptedTemplate a, String provenance) {
    return new AdoptedTemplateDto(
        a.templateId(),
        a.kind(),
        a.basisRef().toString(),
        provenance,
        a.revision(),
        a.adoptedAt().toInstant(),
        a.active());
  }
}
