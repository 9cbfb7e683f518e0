package id.klik.review.application;

import java.math.BigDecimal;
import java.util.List;

/**
 * Scores for some or all criteria, each with optional feedback to the team; {@code submit} hands
 * the sheet in (then every criterion must be scored).
 */
public record ScoreInput(List<Item> scores, Boolean submit) {

  public ScoreInput {
    scores = scores == null ? List.of() : List.copyOf(scores);
  }

  /** One criterion's score. */
  public record Item(String criterionId, BigDecimal score, String feedback) {}
}
