package id.klik.review.domain;

import java.util.List;
import java.util.UUID;

/**
 * An entry's aggregated score: the mean over its complete reviews of each reviewer's weighted score
 * (on 100), how many reviews counted, the incomplete ones (which do not count) with what they miss,
 * the spread between the highest and lowest reviewer and whether it passes the alert threshold, and
 * the mean of each criterion (in the rubric's order) for breaking ties.
 *
 * @param score null when no review is complete: the entry is not ranked
 */
public record EntryScore(
    UUID entryId,
    String category,
    Double score,
    List<Double> reviewerScores,
    List<Incomplete> incomplete,
    double spread,
    boolean spreadAlert,
    double[] criterionMeans) {

  public EntryScore {
    reviewerScores = List.copyOf(reviewerScores);
    incomplete = List.copyOf(incomplete);
  }

  public int counted() {
    return reviewerScores.size();
  }

  public boolean scored() {
    return score != null;
  }

  /** A review that misses scores: reported, never counted. */
  public record Incomplete(UUID reviewId, List<String> missing) {
    public Incomplete {
      missing = List.copyOf(missing);
    }
  }
}
