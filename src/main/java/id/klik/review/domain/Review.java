package id.klik.review.domain;

import id.klik.shared.domain.ConflictException;
import id.klik.shared.domain.ValidationException;
import id.klik.shared.infrastructure.NullableUuidConverter;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * One reviewer's sheet for one proposal at one stage, scored on the rubric named when it was
 * assigned. The reviewer saves scores as often as they like; submitting needs every criterion. A
 * conflict of interest (found at assignment, or declared by the reviewer) excludes the sheet: it
 * stays to show who was excluded and why, and never counts.
 */
@Entity
@Table(name = "review")
public class Review {

  @Id private UUID id;

  @Column(name = "proposal_id")
  private UUID proposalId;

  @Column(name = "competition_id")
  @Convert(converter = NullableUuidConverter.class)
  private UUID competitionId;

  @Column(name = "registration_id")
  @Convert(converter = NullableUuidConverter.class)
  private UUID registrationId;

  private String stage;

  @Column(name = "rubric_ref")
  private String rubricRef;

  @Column(name = "reviewer_username")
  private String reviewer;

  private boolean blind;
  private String status;
  private String exclusion;

  @Column(name = "exclusion_note")
  private String exclusionNote;

  @Column(name = "submitted_at")
  private OffsetDateTime submittedAt;

  @Column(name = "assigned_by")
  private String assignedBy;

  @Column(name = "assigned_at")
  private OffsetDateTime assignedAt;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "review_score", joinColumns = @JoinColumn(name = "review_id"))
  private List<CriterionScore> scores = new ArrayList<>();

  @Version private long version;

  protected Review() {}

  public Review(
      UUID proposalId,
      UUID competitionId,
      UUID registrationId,
      ReviewStage stage,
      String rubricRef,
      String reviewer,
      boolean blind,
      String assignedBy) {
    this.id = UUID.randomUUID();
    this.proposalId = proposalId;
    this.competitionId = competitionId;
    this.registrationId = registrationId;
    this.stage = stage.name();
    this.rubricRef = rubricRef;
    this.reviewer = reviewer;
    this.blind = blind;
    this.status = ReviewStatus.ASSIGNED.name();
    this.assignedBy = assignedBy;
    this.assignedAt = OffsetDateTime.now(ZoneOffset.UTC);
  }

  /**
   * Saves the scores given (replacing those criteria, keeping the others) and, when asked, submits:
   * then every criterion of the rubric must be scored.
   */
  public void score(List<CriterionScore> given, RubricSheet rubric, boolean submit) {
    if (status() == ReviewStatus.EXCLUDED) {
      throw new ConflictException("review.excluded");
    }
    Map<String, BigDecimal> values = new LinkedHashMap<>();
    given.forEach(s -> values.put(s.criterionId(), s.score()));
    var problems = rubric.problems(values);
    if (!problems.isEmpty()) {
      throw new ValidationException(problems);
    }
    Map<String, CriterionScore> merged = new LinkedHashMap<>();
    scores.forEach(s -> merged.put(s.criterionId(), s));
    given.forEach(s -> merged.put(s.criterionId(), s));
    if (submit && !rubric.complete(scoreMap(merged.values()))) {
      throw ValidationException.of(
          "scores", "review.scores.missing", rubric.missing(scoreMap(merged.values())));
    }
    scores.clear();
    rubric.criteria().stream().filter(merged::containsKey).map(merged::get).forEach(scores::add);
    if (submit) {
      status = ReviewStatus.SUBMITTED.name();
      submittedAt = OffsetDateTime.now(ZoneOffset.UTC);
    }
  }

  /** Excludes the sheet for a conflict of interest; its scores no longer count. */
  public void exclude(ConflictOfInterest.Reason reason, String note) {
    this.status = ReviewStatus.EXCLUDED.name();
    this.exclusion = reason.name();
    this.exclusionNote = note == null || note.isBlank() ? null : note.strip();
  }

  /** The scores by criterion id. */
  public Map<String, BigDecimal> scoreMap() {
    return scoreMap(scores);
  }

  private static Map<String, BigDecimal> scoreMap(Iterable<CriterionScore> list) {
    Map<String, BigDecimal> out = new LinkedHashMap<>();
    list.forEach(s -> out.put(s.criterionId(), s.score()));
    return out;
  }

  public boolean counts() {
    return status() != ReviewStatus.EXCLUDED;
  }

  public UUID id() {
    return id;
  }

  public UUID proposalId() {
    return proposalId;
  }

  public UUID competitionId() {
    return competitionId;
  }

  public UUID registrationId() {
    return registrationId;
  }

  public ReviewStage stage() {
    return ReviewStage.valueOf(stage);
  }

  public String rubricRef() {
    return rubricRef;
  }

  public String reviewer() {
    return reviewer;
  }

  public boolean blind() {
    return blind;
  }

  public ReviewStatus status() {
    return ReviewStatus.valueOf(status);
  }

  public ConflictOfInterest.Reason exclusion() {
    return exclusion == null ? null : ConflictOfInterest.Reason.valueOf(exclusion);
  }

  public String exclusionNote() {
    return exclusionNote;
  }

  public OffsetDateTime submittedAt() {
    return submittedAt;
  }

  public String assignedBy() {
    return assignedBy;
  }

  public OffsetDateTime assignedAt() {
    return assignedAt;
  }

  public List<CriterionScore> scores() {
    return List.copyOf(scores);
  }

  public long version() {
    return version;
  }
}
