package id.klik.index.domain;

import static id.klik.index.domain.IndexCycles.FIVE_BASIC;
import static id.klik.index.domain.IndexCycles.MODEL_2023;
import static id.klik.index.domain.IndexCycles.cycle;
import static id.klik.index.domain.IndexCycles.innovations;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import id.klik.index.domain.NotComputable.Reason;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The 2023 model has the formula and the categories of the official slide, but neither the
 * indicator list with weights nor the number-of-innovations rule nor a maximum total: what it
 * allows is computed, the rest is named, never guessed.
 */
class IndexFormula2023Test {

  private final IndexFormula formula = new IndexFormula(MODEL_2023);

  private IndexEstimates estimate(int innovations) {
    return formula.estimate(cycle(Map.of(), innovations(0, innovations, Map.of(), FIVE_BASIC)));
  }

  @Test
  void theDivisorIsKnown() {
    assertThat(estimate(3).declared().divisor()).isEqualTo(10); // MAX(10, 3)
    assertThat(estimate(14).declared().divisor()).isEqualTo(14); // MAX(10, 14)
  }

  @Test
  void whatCannotBeComputedIsNamedWithItsReason() {
    assertThat(estimate(3).notComputable())
        .extracting(NotComputable::figure, NotComputable::reason)
        .containsExactly(
            tuple("SPD", Reason.NO_INDICATORS),
            tuple("SID", Reason.NO_INDICATORS),
            tuple("numberScore", Reason.NO_NUMBER_SCORE_RULE),
            tuple("total", Reason.DEPENDS_ON_UNKNOWN),
            tuple("index", Reason.NO_MAXIMUM_TOTAL),
            tuple("category", Reason.DEPENDS_ON_UNKNOWN));
  }

  @Test
  void noNumberIsInventedForWhatIsUnknown() {
    Estimate estimate = estimate(3).declared();

    assertThat(estimate)
        .extracting(
            Estimate::spd,
            Estimate::sidAverage,
            Estimate::numberScore,
            Estimate::total,
            Estimate::index,
            Estimate::category)
        .containsOnlyNulls();
  }

  @Test
  void whatIfHasNothingToRankWithoutAnIndex() {
    assertThat(new WhatIf(formula).rank(cycle(Map.of(), innovations(0, 3, Map.of(), FIVE_BASIC))))
        .isEmpty();
  }
}
