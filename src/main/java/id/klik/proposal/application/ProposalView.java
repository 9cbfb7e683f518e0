package id.klik.proposal.application;

import id.klik.guideline.domain.FormBody;
import id.klik.proposal.domain.ProposalAttachment;
import id.klik.proposal.domain.SectionContent;
import id.klik.shared.domain.LocalizedText;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * A proposal as the editor and the API show it: the form's sections with their guidance and the
 * proposal's content, the attachments, the completeness, and what the caller may do.
 *
 * @param revision the newest version's number (0 before the first save): the If-Match value
 * @param writable whether the caller may write its sections now
 * @param nextStates the states the caller may move it to
 * @param blind the caller reads it as a blind reviewer: no innovation name, team or work unit, and
 *     their names blacked out in the text
 */
public record ProposalView(
    UUID id,
    UUID innovationId,
    String innovationName,
    UUID teamId,
    String formRef,
    LocalizedText formTitle,
    String state,
    int revision,
    List<Section> sections,
    List<Attachment> attachments,
    int completeness,
    boolean writable,
    Set<String> nextStates,
    OffsetDateTime createdAt,
    String createdBy,
    OffsetDateTime updatedAt,
    String updatedBy,
    boolean blind) {

  /** A section of the form with the proposal's content. */
  public record Section(
      FormBody.Section form,
      SectionContent content,
      int words,
      boolean aiAssisted,
      int changedIn) {}

  /**
   * An attachment of the form, with what the proposal gives for it: its own file or evidence link
   * ({@code given}), or an evidence item in the slot of the same name ({@code evidenceSlot}).
   */
  public record Attachment(
      FormBody.Attachment form, ProposalAttachment given, boolean evidenceSlot) {
    public boolean present() {
      return given != null || evidenceSlot;
    }
  }

  public Section section(String id) {
    return sections.stream().filter(s -> s.form().id().equals(id)).findFirst().orElse(null);
  }
}
