package id.klik.review.domain;

import java.util.Map;
import java.util.UUID;

/** One reviewer's scores of one entry, by criterion id; a criterion not scored yet is absent. */
public record ReviewScores(UUID reviewId, Map<String, ? extends Number> scores) {
  public ReviewScores {
    scores = Map.copyOf(scores);
  }
}
