package id.klik.program.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

/** Whether one person of an enrolled team was present at one session; recorded again, changed. */
@Entity
@Table(name = "program_attendance")
public class Attendance {

  @Id private UUID id;

  @Column(name = "session_id")
  private UUID sessionId;

  @Column(name = "team_id")
  private UUID teamId;

  @Column(name = "membership_id")
  private UUID membershipId;

  private boolean present;

  @Column(name = "recorded_at")
  private OffsetDateTime recordedAt;

  @Column(name = "recorded_by")
  private String recordedBy;

  protected Attendance() {}

  public Attendance(UUID sessionId, UUID teamId, UUID membershipId) {
    this.id = UUID.randomUUID();
    this.sessionId = sessionId;
    this.teamId = teamId;
    this.membershipId = membershipId;
  }

  public void record(boolean isPresent, String by) {
    this.present = isPresent;
    this.recordedBy = by;
    this.recordedAt = OffsetDateTime.now(ZoneOffset.UTC);
  }

  public UUID sessionId() {
    return sessionId;
  }

  public UUID teamId() {
    return teamId;
  }

  public UUID membershipId() {
    return membershipId;
  }

  public boolean present() {
    return present;
  }

  public OffsetDateTime recordedAt() {
    return recordedAt;
  }

  public String recordedBy() {
    return recordedBy;
  }
}
