package id.klik.review.domain;

import java.util.Map;

/**
 * How finalists are chosen: the top N of each category (or of all entries), only entries with at
 * least the minimum score (on 100) when one is set.
 *
 * @param perCategory finalists per category id; empty when categories are not ranked separately
 * @param total finalists over all entries; used when {@code perCategory} is empty (null: no cap)
 * @param minimumScore null when any score qualifies
 */
public record FinalistRule(Map<String, Integer> perCategory, Integer total, Double minimumScore) {

  public FinalistRule {
    perCategory = Map.copyOf(perCategory);
    if (perCategory.isEmpty() && total == null && minimumScore == null) {
      throw new IllegalArgumentException("finalists need a number or a minimum score");
    }
  }

  public boolean perCategoryRanking() {
    return !perCategory.isEmpty();
  }
}
