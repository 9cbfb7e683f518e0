package id.klik.assistant.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

/** One exchange with the model: who asked about which section, what was sent, what came back. */
@Entity
@Table(name = "assistant_exchange")
public class Exchange {

  @Id private UUID id;

  @Column(nullable = false)
  private OffsetDateTime at;

  @Column(nullable = false)
  private String actor;

  @Column(name = "subject_type", nullable = false)
  private String subjectType;

  @Column(name = "subject_id", nullable = false)
  private String subjectId;

  @Column(name = "section_id", nullable = false)
  private String sectionId;

  @Column(nullable = false)
  private String model;

  @Column(nullable = false)
  private String sent;

  @Column(nullable = false)
  private String received;

  @Column(nullable = false)
  private String outcome;

  @Column(name = "duration_ms", nullable = false)
  private int durationMs;

  protected Exchange() {}

  public Exchange(
      UUID id,
      Instant at,
      String actor,
      String subjectType,
      String subjectId,
      String sectionId,
      String model,
      String sent,
      String received,
      Outcome outcome,
      int durationMs) {
    this.id = id;
    this.at = at.atOffset(ZoneOffset.UTC);
    this.actor = actor;
    this.subjectType = subjectType;
    this.subjectId = subjectId;
    this.sectionId = sectionId;
    this.model = model;
    this.sent = sent;
    this.received = received;
    this.outcome = outcome.code();
    this.durationMs = durationMs;
  }

  public UUID id() {
    return id;
  }

  public Instant at() {
    return at.toInstant();
  }

  public String actor() {
    return actor;
  }

  public String subjectType() {
    return subjectType;
  }

  public String subjectId() {
    return subjectId;
  }

  public String sectionId() {
    return sectionId;
  }

  public String model() {
    return model;
  }

  public String sent() {
    return sent;
  }

  public String received() {
    return received;
  }

  public String outcome() {
    return outcome;
  }

  public int durationMs() {
    return durationMs;
  }
}
