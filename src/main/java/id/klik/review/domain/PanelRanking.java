package id.klik.review.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * A panel's ranking from the sheets: aggregates each entry's reviews and ranks the entries, per
 * category when the competition's rules say so. The one computation behind the ranking endpoint,
 * the finalists and the published results.
 */
public final class PanelRanking {

  /** An entry with the reviews that count (excluded sheets are left out before). */
  public record Entry(UUID id, String category, List<ReviewScores> reviews) {}

  private PanelRanking() {}

  public static List<RankedEntry> rank(
      RubricSheet rubric, CompetitionRules rules, List<Entry> entries) {
    ScoreAggregation aggregation = new ScoreAggregation(rubric, rules.spreadThreshold());
    List<EntryScore> scores = new ArrayList<>(entries.size());
    for (Entry e : entries) {
      scores.add(aggregation.aggregate(e.id(), e.category(), e.reviews()));
    }
    Ranking ranking = new Ranking(rubric);
    return rules.rankCategoriesSeparately()
        ? ranking.rankPerCategory(scores, rules.categoryOrder())
        : ranking.rank(scores);
  }
}
