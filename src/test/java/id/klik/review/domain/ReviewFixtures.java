package id.klik.review.domain;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The city competition rubric's shape: five criteria weighing 25/20/25/15/15, scored 1–4. */
final class ReviewFixtures {

  static final RubricSheet CITY =
      new RubricSheet(
          List.of("novelty", "effectiveness", "benefit", "transferability", "sustainability"),
          List.of(25.0, 20.0, 25.0, 15.0, 15.0),
          List.of(
              BigDecimal.ONE, BigDecimal.valueOf(2), BigDecimal.valueOf(3), BigDecimal.valueOf(4)));

  private ReviewFixtures() {}

  /** Scores in the rubric's order; a null leaves that criterion unscored. */
  static ReviewScores review(Integer... scores) {
    Map<String, Integer> map = new LinkedHashMap<>();
    for (int i = 0; i < scores.length; i++) {
      if (scores[i] != null) {
        map.put(CITY.criteria().get(i), scores[i]);
      }
    }
    return new ReviewScores(UUID.randomUUID(), map);
  }

  static EntryScore entry(String category, ReviewScores... reviews) {
    return new ScoreAggregation(CITY, 20).aggregate(UUID.randomUUID(), category, List.of(reviews));
  }
}
