package id.klik.consultation.domain;

import id.klik.shared.domain.ConflictException;
import id.klik.shared.infrastructure.NullableUuidConverter;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * A team's consultation with a mentor, or with the clinic when no mentor is chosen. Asked for with
 * preferred slots; confirmed on one slot (by the mentor or the clinic); moved or cancelled; after
 * it, notes and a follow-up suggestion. Every change of the confirmed time raises {@link
 * #sequence()}, so a calendar takes the newest version of the same event.
 */
@Entity
@Table(name = "consultation")
public class Consultation {

  @Id private UUID id;

  @Column(name = "team_id")
  private UUID teamId;

  @Column(name = "innovation_id")
  @Convert(converter = NullableUuidConverter.class)
  private UUID innovationId;

  private String topic;

  @Column(name = "mentor_username")
  private String mentorUsername;

  @Column(name = "mentor_national")
  private boolean mentorNational;

  /** Preferred slot starts, ISO instants separated by commas. */
  private String preferred;

  private int minutes;

  @Enumerated(EnumType.STRING)
  private ConsultationStatus status;

  @Column(name = "starts_at")
  private OffsetDateTime startsAt;

  @Column(name = "ends_at")
  private OffsetDateTime endsAt;

  private int sequence;
  private String notes;

  @Column(name = "follow_up")
  private String followUp;

  @Column(name = "requested_by")
  private String requestedBy;

  @Column(name = "confirmed_by")
  private String confirmedBy;

  @Column(name = "cancelled_by")
  private String cancelledBy;

  @Column(name = "reminded_for")
  private OffsetDateTime remindedFor;

  private boolean demo;

  @Version private long version;

  @Column(name = "created_at")
  private OffsetDateTime createdAt;

  @Column(name = "updated_at")
  private OffsetDateTime updatedAt;

  protected Consultation() {}

  /**
   * @param mentorUsername null for the clinic
   * @param preferred the team's preferred slot starts, at least one
   */
  public Consultation(
      UUID teamId,
      UUID innovationId,
      String topic,
      String mentorUsername,
      boolean mentorNational,
      List<Instant> preferred,
      int minutes,
      String requestedBy) {
    this.id = UUID.randomUUID();
    this.teamId = teamId;
    this.innovationId = innovationId;
    this.topic = topic.trim();
    this.mentorUsername = mentorUsername;
    this.mentorNational = mentorNational;
    this.preferred = String.join(",", preferred.stream().map(Instant::toString).toList());
    this.minutes = minutes;
    this.status = ConsultationStatus.REQUESTED;
    this.requestedBy = requestedBy;
    this.createdAt = now();
    this.updatedAt = createdAt;
  }

  /** Confirms the slot; a confirmed consultation is moved instead, a cancelled one stays so. */
  public void confirm(Slot slot, String by) {
    if (status != ConsultationStatus.REQUESTED) {
      throw new ConflictException("consultation.notRequested", status.name());
    }
    place(slot);
    status = ConsultationStatus.CONFIRMED;
    confirmedBy = by;
  }

  /** Moves a confirmed consultation to another slot: the same event, a higher sequence. */
  public void move(Slot slot, String by) {
    if (status != ConsultationStatus.CONFIRMED) {
      throw new ConflictException("consultation.notConfirmed", status.name());
    }
    place(slot);
    confirmedBy = by;
    remindedFor = null;
  }

  public void cancel(String by) {
    if (status == ConsultationStatus.CANCELLED) {
      throw new ConflictException("consultation.cancelled");
    }
    status = ConsultationStatus.CANCELLED;
    cancelledBy = by;
    sequence++;
    updatedAt = now();
  }

  /** Notes and a follow-up suggestion, once the consultation is confirmed. */
  public void writeNotes(String notes, String followUp) {
    if (status != ConsultationStatus.CONFIRMED) {
      throw new ConflictException("consultation.notConfirmed", status.name());
    }
    this.notes = blankToNull(notes);
    this.followUp = blankToNull(followUp);
    updatedAt = now();
  }

  /** Records that the reminder for the current start went out. */
  public void reminded() {
    remindedFor = startsAt;
  }

  public void markDemo() {
    demo = true;
  }

  private void place(Slot slot) {
    startsAt = slot.start().atOffset(ZoneOffset.UTC);
    endsAt = slot.end().atOffset(ZoneOffset.UTC);
    sequence++;
    updatedAt = now();
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }

  private static OffsetDateTime now() {
    return OffsetDateTime.now(ZoneOffset.UTC);
  }

  public UUID id() {
    return id;
  }

  public UUID teamId() {
    return teamId;
  }

  public UUID innovationId() {
    return innovationId;
  }

  public String topic() {
    return topic;
  }

  /** The mentor's username, or empty for the clinic. */
  public Optional<String> mentor() {
    return Optional.ofNullable(mentorUsername);
  }

  public boolean mentorNational() {
    return mentorNational;
  }

  public List<Instant> preferred() {
    return preferred == null || preferred.isBlank()
        ? List.of()
        : Arrays.stream(preferred.split(",")).map(Instant::parse).toList();
  }

  public int minutes() {
    return minutes;
  }

  public ConsultationStatus status() {
    return status;
  }

  public Optional<Slot> slot() {
    return startsAt == null
        ? Optional.empty()
        : Optional.of(new Slot(startsAt.toInstant(), endsAt.toInstant()));
  }

  public int sequence() {
    return sequence;
  }

  public String notes() {
    return notes;
  }

  public String followUp() {
    return followUp;
  }

  public String requestedBy() {
    return requestedBy;
  }

  public String confirmedBy() {
    return confirmedBy;
  }

  public boolean remindedForCurrentStart() {
    return remindedFor != null && startsAt != null && remindedFor.isEqual(startsAt);
  }

  public boolean demo() {
    return demo;
  }

  public long version() {
    return version;
  }

  public OffsetDateTime createdAt() {
    return createdAt;
  }
}
