package id.klik.review.domain;

import id.klik.shared.domain.ConflictException;
import id.klik.shared.domain.ValidationException;
import id.klik.shared.infrastructure.NullableUuidConverter;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/**
 * A team's proposal entered in a competition. It keeps the innovation's team, work unit and title
 * as registered (the ranking and blind reviews read them from here), its category, and the
 * screening's outcome: accepted with the checklist ticked, or rejected with one of the template's
 * reasons.
 */
@Entity
@Table(name = "competition_registration")
public class Registration {

  @Id private UUID id;

  @Column(name = "competition_id")
  private UUID competitionId;

  @Column(name = "proposal_id")
  private UUID proposalId;

  @Column(name = "innovation_id")
  private UUID innovationId;

  @Column(name = "team_id")
  @Convert(converter = NullableUuidConverter.class)
  private UUID teamId;

  @Column(name = "work_unit_id")
  @Convert(converter = NullableUuidConverter.class)
  private UUID workUnitId;

  private String title;
  private String category;
  private String status;
  private String checklist;

  @Column(name = "rejection_reason")
  private String rejectionReason;

  @Column(name = "screening_note")
  private String screeningNote;

  @Column(name = "screened_by")
  private String screenedBy;

  @Column(name = "screened_at")
  private OffsetDateTime screenedAt;

  private boolean finalist;

  @Column(name = "final_rank")
  private Integer finalRank;

  @Column(name = "registered_by")
  private String registeredBy;

  @Column(name = "registered_at")
  private OffsetDateTime registeredAt;

  @Version private long version;

  protected Registration() {}

  public Registration(
      UUID competitionId,
      UUID proposalId,
      UUID innovationId,
      UUID teamId,
      UUID workUnitId,
      String title,
      String category,
      String registeredBy) {
    this.id = UUID.randomUUID();
    this.competitionId = competitionId;
    this.proposalId = proposalId;
    this.innovationId = innovationId;
    this.teamId = teamId;
    this.workUnitId = workUnitId;
    this.title = title.length() > 300 ? title.substring(0, 300) : title;
    this.category = category;
    this.status = RegistrationStatus.REGISTERED.name();
    this.registeredBy = registeredBy;
    this.registeredAt = OffsetDateTime.now(ZoneOffset.UTC);
  }

  /** Accepted: every checklist item is ticked. */
  public void accept(List<String> ticked, List<String> required, String note, String by) {
    List<String> missing = required.stream().filter(r -> !ticked.contains(r)).toList();
    if (!missing.isEmpty()) {
      throw ValidationException.of("checklist", "registration.checklist.incomplete", missing);
    }
    screened(RegistrationStatus.ACCEPTED, ticked, null, note, by);
  }

  /** Rejected with one of the template's reasons (and a note for the team). */
  public void reject(String reason, List<String> ticked, String note, String by) {
    if (reason == null || reason.isBlank()) {
      throw ValidationException.of("reason", "registration.reason.required");
    }
    screened(RegistrationStatus.REJECTED, ticked, reason, note, by);
  }

  private void screened(
      RegistrationStatus outcome, List<String> ticked, String reason, String note, String by) {
    this.status = outcome.name();
    this.checklist = String.join(",", ticked);
    this.rejectionReason = reason;
    this.screeningNote = note == null || note.isBlank() ? null : note.strip();
    this.screenedBy = by;
    this.screenedAt = OffsetDateTime.now(ZoneOffset.UTC);
  }

  public void requireAccepted() {
    if (status() != RegistrationStatus.ACCEPTED) {
      throw new ConflictException("registration.notAccepted");
    }
  }

  public void markFinalist(boolean finalist) {
    this.finalist = finalist;
  }

  public void finalRank(Integer rank) {
    this.finalRank = rank;
  }

  public UUID id() {
    return id;
  }

  public UUID competitionId() {
    return competitionId;
  }

  public UUID proposalId() {
    return proposalId;
  }

  public UUID innovationId() {
    return innovationId;
  }

  public UUID teamId() {
    return teamId;
  }

  public UUID workUnitId() {
    return workUnitId;
  }

  public String title() {
    return title;
  }

  public String category() {
    return category;
  }

  public RegistrationStatus status() {
    return RegistrationStatus.valueOf(status);
  }

  public List<String> checklist() {
    return checklist == null || checklist.isBlank()
        ? List.of()
        : Arrays.asList(checklist.split(","));
  }

  public String rejectionReason() {
    return rejectionReason;
  }

  public String screeningNote() {
    return screeningNote;
  }

  public String screenedBy() {
    return screenedBy;
  }

  public OffsetDateTime screenedAt() {
    return screenedAt;
  }

  public boolean finalist() {
    return finalist;
  }

  public Integer finalRank() {
    return finalRank;
  }

  public String registeredBy() {
    return registeredBy;
  }

  public OffsetDateTime registeredAt() {
    return registeredAt;
  }

  public long version() {
    return version;
  }
}
