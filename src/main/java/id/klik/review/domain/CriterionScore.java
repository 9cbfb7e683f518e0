package id.klik.review.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.math.BigDecimal;

/** A reviewer's score on one criterion, with feedback for the team. */
@Embeddable
public class CriterionScore {

  @Column(name = "criterion_id")
  private String criterionId;

  private BigDecimal score;
  private String feedback;

  protected CriterionScore() {}

  public CriterionScore(String criterionId, BigDecimal score, String feedback) {
    this.criterionId = criterionId;
    this.score = score;
    this.feedback = feedback == null || feedback.isBlank() ? null : feedback.strip();
  }

  public String criterionId() {
    return criterionId;
  }

  public BigDecimal score() {
    return score;
  }

  public String feedback() {
    return feedback;
  }
}
