package id.klik.program.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

/** A team enrolled in a program, invited by the clinic or registered by itself. */
@Entity
@Table(name = "program_enrolment")
public class Enrolment {

  /** How a team came into the program. */
  public enum Via {
    INVITATION,
    REGISTRATION
  }

  @Id private UUID id;

  @Column(name = "program_id")
  private UUID programId;

  @Column(name = "team_id")
  private UUID teamId;

  private String via;

  @Column(name = "enrolled_at")
  private OffsetDateTime enrolledAt;

  @Column(name = "enrolled_by")
  private String enrolledBy;

  protected Enrolment() {}

  public Enrolment(UUID programId, UUID teamId, Via via, String enrolledBy) {
    this.id = UUID.randomUUID();
    this.programId = programId;
    this.teamId = teamId;
    this.via = via.name();
    this.enrolledBy = enrolledBy;
    this.enrolledAt = OffsetDateTime.now(ZoneOffset.UTC);
  }

  public UUID id() {
    return id;
  }

  public UUID programId() {
    return programId;
  }

  public UUID teamId() {
    return teamId;
  }

  public Via via() {
    return Via.valueOf(via);
  }

  public OffsetDateTime enrolledAt() {
    return enrolledAt;
  }

  public String enrolledBy() {
    return enrolledBy;
  }
}
