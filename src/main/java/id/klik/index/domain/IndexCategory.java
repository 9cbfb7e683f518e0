package id.klik.index.domain;

import id.klik.guideline.domain.IndexModelBody;
import id.klik.shared.domain.LocalizedText;
import java.math.BigDecimal;
import java.util.Locale;

/**
 * The category an index falls in, by the model's thresholds.
 *
 * @param code the model's category id in the API's spelling ({@code sangat-inovatif} → {@code
 *     SANGAT_INOVATIF})
 */
public record IndexCategory(String code, LocalizedText title, BigDecimal minScore) {

  static IndexCategory of(IndexModelBody.Category category) {
    return new IndexCategory(codeOf(category.id()), category.title(), category.minScore());
  }

  static String codeOf(String modelId) {
    return modelId.toUpperCase(Locale.ROOT).replace('-', '_');
  }

  /** Whether this category is the given one or above it. */
  public boolean reaches(IndexCategory target) {
    return minScore.compareTo(target.minScore()) >= 0;
  }
}
