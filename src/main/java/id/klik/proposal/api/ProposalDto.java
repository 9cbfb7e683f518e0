package id.klik.proposal.api;

import id.klik.guideline.domain.FormBody;
import id.klik.proposal.application.ProposalView;
import id.klik.shared.domain.LocalizedText;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * A proposal as the API shows it: the form's sections with their guidance and the proposal's
 * content, the attachments, the completeness (0–100) and what the caller may do now.
 *
 * @param revision the newest version's number (0 before the first save): send it as If-Match
 * @param form {@code templateId@version}
 * @param blind true when the caller reads it as a blind reviewer: then it carries no innovation (id
 *     or name), team or work unit, and their names are blacked out in the text; absent otherwise
 */
public record ProposalDto(
    UUID id,
    UUID innovationId,
    String innovationName,
    String form,
    LocalizedText formTitle,
    String state,
    int revision,
    int completeness,
    boolean writable,
    Set<String> nextStates,
    List<SectionDto> sections,
    List<AttachmentDto> attachments,
    OffsetDateTime createdAt,
    String createdBy,
    OffsetDateTime updatedAt,
    String updatedBy,
    Boolean blind) {

  /**
   * A section: the form's definition and the proposal's content.
   *
   * @param changedIn the version that last changed it (0: never written)
   * @param aiAssisted whether its current text came (in part) from an AI suggestion
   */
  public record SectionDto(
      String id,
      LocalizedText title,
      LocalizedText guidance,
      boolean required,
      Integer minWords,
      Integer maxWords,
      List<FieldDto> fieldDefinitions,
      String text,
      Map<String, String> fields,
      int words,
      boolean aiAssisted,
      int changedIn) {}

  /** A typed field of a section; {@code options} for a choice. */
  public record FieldDto(
      String id,
      LocalizedText label,
      String type,
      boolean required,
      List<FormBody.Option> options) {}

  /**
   * An attachment of the form and what the proposal gives for it.
   *
   * @param evidenceSlot an evidence item of the innovation in the slot of the same id stands for it
   */
  public record AttachmentDto(
      String id,
      LocalizedText title,
      boolean required,
      List<String> accept,
      Integer maxSizeMb,
      boolean present,
      String fileName,
      Long fileSize,
      UUID evidenceId,
      boolean evidenceSlot) {}

  static ProposalDto of(ProposalView v) {
    return new ProposalDto(
        v.id(),
        v.blind() ? null : v.innovationId(),
        v.innovationName(),
        v.formRef(),
        v.formTitle(),
        v.state(),
        v.revision(),
        v.completeness(),
        v.writable(),
        v.nextStates(),
        v.sections().stream().map(ProposalDto::section).toList(),
        v.attachments().stream().map(ProposalDto::attachment).toList(),
        v.createdAt(),
        v.createdBy(),
        v.updatedAt(),
        v.updatedBy(),
        v.blind() ? Boolean.TRUE : null);
  }

  private static SectionDto section(ProposalView.Section s) {
    FormBody.Section f = s.form();
    return new SectionDto(
        f.id(),
        f.title(),
        f.guidance(),
        f.required(),
        f.minWords(),
        f.maxWords(),
        f.fields().stream()
            .map(d -> new FieldDto(d.id(), d.label(), d.type(), d.required(), d.options()))
            .toList(),
        s.content().text(),
        s.content().fields(),
        s.words(),
        s.aiAssisted(),
        s.changedIn());
  }

  private static AttachmentDto attachment(ProposalView.Attachment a) {
    FormBody.Attachment f = a.form();
    var g = a.given();
    return new AttachmentDto(
        f.id(),
        f.title(),
        f.required(),
        f.accept(),
        f.maxSizeMb(),
        a.present(),
        g == null ? null : g.fileName(),
        g == null ? null : g.fileSize(),
        g == null ? null : g.evidenceId(),
        a.evidenceSlot());
  }
}
