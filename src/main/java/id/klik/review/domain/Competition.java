package id.klik.review.domain;

import id.klik.shared.domain.ConflictException;
import id.klik.shared.domain.ValidationException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

/**
 * A competition run from a program blueprint and judged with a rubric: a registration window,
 * screening, panel judging, finalists and published results. Its status only moves forward; each
 * step checks it is the step's turn.
 */
@Entity
@Table(name = "competition")
public class Competition {

  @Id private UUID id;
  private String name;

  @Column(name = "program_ref")
  private String programRef;

  @Column(name = "rubric_ref")
  private String rubricRef;

  @Column(name = "registration_opens")
  private LocalDate opens;

  @Column(name = "registration_closes")
  private LocalDate closes;

  private boolean blind;
  private String status;

  @Column(name = "finalists_chosen_at")
  private OffsetDateTime finalistsChosenAt;

  @Column(name = "results_published_at")
  private OffsetDateTime resultsPublishedAt;

  private boolean demo;
  @Version private long version;

  @Column(name = "created_by")
  private String createdBy;

  @Column(name = "created_at")
  private OffsetDateTime createdAt;

  protected Competition() {}

  public Competition(
      String name,
      String programRef,
      String rubricRef,
      LocalDate opens,
      LocalDate closes,
      boolean blind,
      boolean demo,
      String createdBy) {
    if (name == null || name.isBlank()) {
      throw ValidationException.of("name", "competition.name.required");
    }
    if (opens == null || closes == null || closes.isBefore(opens)) {
      throw ValidationException.of("registrationCloses", "competition.window.invalid");
    }
    this.id = UUID.randomUUID();
    this.name = name.strip();
    this.programRef = programRef;
    this.rubricRef = rubricRef;
    this.opens = opens;
    this.closes = closes;
    this.blind = blind;
    this.demo = demo;
    this.status = CompetitionStatus.REGISTRATION.name();
    this.createdBy = createdBy;
    this.createdAt = OffsetDateTime.now(ZoneOffset.UTC);
  }

  /** Teams register while the window is open and the clinic has not closed registration. */
  public void requireRegistrationOpen(LocalDate today) {
    if (status() != CompetitionStatus.REGISTRATION
        || today.isBefore(opens)
        || today.isAfter(closes)) {
      throw new ConflictException("competition.registration.closed", opens, closes);
    }
  }

  /** Screening runs until the panel starts judging. */
  public void startScreening() {
    requireBefore(CompetitionStatus.JUDGING);
    status = CompetitionStatus.SCREENING.name();
  }

  public void startJudging() {
    requireBefore(CompetitionStatus.FINALISTS);
    status = CompetitionStatus.JUDGING.name();
  }

  public void chooseFinalists() {
    if (status() != CompetitionStatus.JUDGING && status() != CompetitionStatus.FINALISTS) {
      throw new ConflictException("competition.status.wrong", status().name());
    }
    status = CompetitionStatus.FINALISTS.name();
    finalistsChosenAt = OffsetDateTime.now(ZoneOffset.UTC);
  }

  public void publish() {
    if (status() != CompetitionStatus.FINALISTS) {
      throw new ConflictException("competition.status.wrong", status().name());
    }
    status = CompetitionStatus.PUBLISHED.name();
    resultsPublishedAt = OffsetDateTime.now(ZoneOffset.UTC);
  }

  private void requireBefore(CompetitionStatus limit) {
    if (!status().before(limit)) {
      throw new ConflictException("competition.status.wrong", status().name());
    }
  }

  public UUID id() {
    return id;
  }

  public String name() {
    return name;
  }

  public String programRef() {
    return programRef;
  }

  public String rubricRef() {
    return rubricRef;
  }

  public LocalDate opens() {
    return opens;
  }

  public LocalDate closes() {
    return closes;
  }

  public boolean blind() {
    return blind;
  }

  public CompetitionStatus status() {
    return CompetitionStatus.valueOf(status);
  }

  public OffsetDateTime finalistsChosenAt() {
    return finalistsChosenAt;
  }

  public OffsetDateTime resultsPublishedAt() {
    return resultsPublishedAt;
  }

  public boolean demo() {
    return demo;
  }

  public long version() {
    return version;
  }

  public String createdBy() {
    return createdBy;
  }

  public OffsetDateTime createdAt() {
    return createdAt;
  }
}
