package id.klik.review.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Aggregation of a panel's reviews: each complete review's weighted score on 100, then the plain
 * mean across those reviewers. A review missing a criterion does not count (a half-scored sheet
 * would pull the mean towards whatever was scored first) and is reported instead. When the highest
 * and the lowest reviewer are further apart than the threshold, the entry carries a spread alert:
 * the panel should talk before the ranking is trusted.
 */
public final class ScoreAggregation {

  /** Points on 100 beyond which reviewers disagree, when the template does not say. */
  public static final double DEFAULT_SPREAD_THRESHOLD = 20.0;

  private final RubricSheet rubric;
  private final double threshold;

  public ScoreAggregation(RubricSheet rubric, double threshold) {
    if (threshold <= 0) {
      throw new IllegalArgumentException("the spread threshold must be positive");
    }
    this.rubric = rubric;
    this.threshold = threshold;
  }

  public EntryScore aggregate(UUID entryId, String category, List<ReviewScores> reviews) {
    int n = rubric.criteria().size();
    List<Double> weighted = new ArrayList<>(reviews.size());
    List<EntryScore.Incomplete> incomplete = new ArrayList<>();
    double[] criterionSums = new double[n];
    for (ReviewScores review : reviews) {
      if (!rubric.complete(review.scores())) {
        incomplete.add(
            new EntryScore.Incomplete(review.reviewId(), rubric.missing(review.scores())));
        continue;
      }
      double[] scores = rubric.ordered(review.scores());
      weighted.add(rubric.weighted(scores));
      for (int i = 0; i < n; i++) {
        criterionSums[i] += scores[i];
      }
    }
    if (weighted.isEmpty()) {
      return new EntryScore(entryId, category, null, weighted, incomplete, 0, false, new double[n]);
    }
    double sum = 0;
    double min = Double.MAX_VALUE;
    double max = -Double.MAX_VALUE;
    for (double w : weighted) {
      sum += w;
      min = Math.min(min, w);
      max = Math.max(max, w);
    }
    double[] means = new double[n];
    for (int i = 0; i < n; i++) {
      means[i] = criterionSums[i] / weighted.size();
    }
    double spread = max - min;
    return new EntryScore(
        entryId,
        category,
        sum / weighted.size(),
        weighted,
        incomplete,
        spread,
        spread > threshold + Ranking.EPSILON,
        means);
  }
}
