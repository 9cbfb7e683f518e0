package id.klik.index.domain;

import static org.assertj.core.api.Assertions.assertThat;

import id.klik.guideline.domain.IndexModelBody;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ModelDifferenceTest {

  @Test
  void fromTheFormulaOnly2023ModelTo2026EveryMeasureIsAdded() {
    ModelDifference diff = ModelDifference.between(IndexCycles.MODEL_2023, IndexCycles.MODEL_2026);

    // 2026: 20 region measures (15 indicators, five of them with two measures) + 20 SID measures
    assertThat(diff.added()).hasSize(40);
    assertThat(diff.removed()).isEmpty();
    assertThat(diff.reweighted()).isEmpty();
  }

  @Test
  void theSameModelHasNoDifference() {
    assertThat(ModelDifference.between(IndexCycles.MODEL_2026, IndexCycles.MODEL_2026).isEmpty())
        .isTrue();
  }

  @Test
  void aMeasureDroppedAndOneReweightedAreNamed() {
    IndexModelBody changed = reweightAndDrop(IndexCycles.MODEL_2026, "sid-16", "sid-35");

    ModelDifference diff = ModelDifference.between(IndexCycles.MODEL_2026, changed);

    assertThat(diff.removed())
        .extracting(ModelDifference.MeasureChange::measureId)
        .containsExactly("sid-35");
    assertThat(diff.reweighted())
        .singleElement()
        .satisfies(
            c -> {
              assertThat(c.measureId()).isEqualTo("sid-16");
              assertThat(c.weightBefore()).isEqualByComparingTo("3");
              assertThat(c.weightAfter()).isEqualByComparingTo("4");
            });
    assertThat(diff.added()).isEmpty();
  }

  /**
   * The model with {@code reweighted} weighing one more and the indicator of {@code dropped} gone.
   */
  static IndexModelBody reweightAndDrop(IndexModelBody m, String reweighted, String dropped) {
    List<IndexModelBody.Aspect> aspects = new ArrayList<>();
    for (IndexModelBody.Aspect a : m.aspects()) {
      List<IndexModelBody.Indicator> indicators = new ArrayList<>();
      for (IndexModelBody.Indicator i : a.indicators()) {
        if (i.measures().stream().anyMatch(x -> x.id().equals(dropped))) {
          continue;
        }
        indicators.add(
            new IndexModelBody.Indicator(
                i.id(),
                i.number(),
                i.title(),
                i.measures().stream()
                    .map(
                        x ->
                            x.id().equals(reweighted)
                                ? new IndexModelBody.Measure(
                                    x.id(), x.title(), x.weight().add(BigDecimal.ONE), x.levels())
                                : x)
                    .toList()));
      }
      aspects.add(
          new IndexModelBody.Aspect(
              a.id(),
              a.code(),
              a.title(),
              a.scope(),
              a.indicatorNumbers(),
              a.maxScore(),
              a.sharePercent(),
              indicators));
    }
    return new IndexModelBody(
        m.year(),
        m.verify(),
        m.levels(),
        aspects,
        m.divisor(),
        m.innovationCount(),
        m.total(),
        m.categories(),
        m.prognosis());
  }
}
