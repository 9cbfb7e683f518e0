package id.klik.index.domain;

import java.math.BigDecimal;
import java.util.List;

/** One innovation's Σ weight × level over the model's innovation measures, measure by measure. */
public record InnovationScore(String innovationId, BigDecimal points, List<MeasureScore> measures) {

  public InnovationScore {
    measures = List.copyOf(measures);
  }
}
