package id.klik.proposal.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

/**
 * A proposal for one innovation in one form of the tenant ({@code templateId@version}). Its {@code
 * revision} is the number of its newest version: every save of a section adds one, and a writer
 * sends the revision they read back (If-Match) so that nobody overwrites a change unseen.
 */
@Entity
@Table(name = "proposal")
public class Proposal {

  @Id private UUID id;

  @Column(name = "innovation_id")
  private UUID innovationId;

  @Column(name = "form_template_id")
  private String formTemplateId;

  @Column(name = "form_version")
  private String formVersion;

  private String state;

  private int revision;

  @Column(name = "created_at")
  private OffsetDateTime createdAt;

  @Column(name = "created_by")
  private String createdBy;

  @Column(name = "updated_at")
  private OffsetDateTime updatedAt;

  @Column(name = "updated_by")
  private String updatedBy;

  /** Demo data (the seeded competition's proposals), never a real team's. */
  private boolean demo;

  protected Proposal() {}

  public Proposal(UUID innovationId, String formTemplateId, String formVersion, String by) {
    this.id = UUID.randomUUID();
    this.innovationId = innovationId;
    this.formTemplateId = formTemplateId;
    this.formVersion = formVersion;
    this.state = ProposalState.DRAFT.code();
    this.revision = 0;
    this.createdAt = OffsetDateTime.now(ZoneOffset.UTC);
    this.createdBy = by;
    this.updatedAt = createdAt;
    this.updatedBy = by;
  }

  /** The number of the next version; the proposal now stands at it. */
  public int nextRevision(String by) {
    revision++;
    touch(by);
    return revision;
  }

  /** Moves it; the caller checked {@link ProposalTransitions}. */
  public void moveTo(ProposalState to, String by) {
    this.state = to.code();
    touch(by);
  }

  /** Marks it as demo data (seeded, not written by a team). */
  public void markDemo() {
    this.demo = true;
  }

  public boolean demo() {
    return demo;
  }

  private void touch(String by) {
    this.updatedAt = OffsetDateTime.now(ZoneOffset.UTC);
    this.updatedBy = by;
  }

  public UUID id() {
    return id;
  }

  public UUID innovationId() {
    return innovationId;
  }

  public String formTemplateId() {
    return formTemplateId;
  }

  public String formVersion() {
    return formVersion;
  }

  /** {@code templateId@version}. */
  public String formRef() {
    return formTemplateId + "@" + formVersion;
  }

  public ProposalState state() {
    return ProposalState.ofCode(state).orElseThrow();
  }

  public int revision() {
    return revision;
  }

  public OffsetDateTime createdAt() {
    return createdAt;
  }

  public String createdBy() {
    return createdBy;
  }

  public OffsetDateTime updatedAt() {
    return updatedAt;
  }

  public String updatedBy() {
    return updatedBy;
  }
}
