package id.klik.index.domain;

import static id.klik.index.domain.IndexCycles.MODEL_2026;
import static id.klik.index.domain.IndexCycles.NO_BASIC;
import static id.klik.index.domain.IndexCycles.cycle;
import static id.klik.index.domain.IndexCycles.innovations;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.klik.shared.domain.ValidationException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Each figure explained, and which innovations count at all. */
class IndexBreakdownTest {

  private final IndexFormula formula = new IndexFormula(MODEL_2026);

  @Test
  void anInnovationIndicatorContributesItsPointsOverTheDivisor() {
    Map<String, ChosenLevel> regulation = Map.of("sid-16", ChosenLevel.proven(2));

    Estimate estimate =
        formula.estimate(cycle(Map.of(), innovations(0, 3, regulation, NO_BASIC))).declared();

    assertThat(estimate.breakdown().indicators())
        .filteredOn(i -> i.number() == 16)
        .singleElement()
        .satisfies(
            i -> {
              assertThat(i.points()).isEqualByComparingTo("18"); // 3 innovations × 3 × 2
              assertThat(i.contribution()).isEqualByComparingTo("1.5"); // 18 / MAX(12, 3)
            });
  }

  @Test
  void aRegionIndicatorAddsItsMeasures() {
    Map<String, ChosenLevel> unemployment =
        Map.of("penurunan-tpt", ChosenLevel.proven(2), "tpt", ChosenLevel.proven(3));

    Estimate estimate = formula.estimate(cycle(unemployment, List.of())).declared();

    assertThat(estimate.breakdown().indicators())
        .filteredOn(i -> i.number() == 5)
        .singleElement()
        .satisfies(i -> assertThat(i.contribution()).isEqualByComparingTo("3.75")); // .75×2+.75×3
  }

  @Test
  void eachInnovationShowsItsOwnSum() {
    Estimate estimate =
        formula
            .estimate(
                cycle(
                    Map.of(), innovations(0, 2, Map.of("sid-35", ChosenLevel.proven(3)), NO_BASIC)))
            .declared();

    assertThat(estimate.breakdown().innovations())
        .extracting(InnovationScore::innovationId, s -> s.points().intValue())
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("inv-0", 12), // video: 4 × 3
            org.assertj.core.groups.Tuple.tuple("inv-1", 12));
  }

  @Test
  void anInnovationAppliedOutsideTheWindowDoesNotCount() {
    EnteredInnovation inside =
        new EnteredInnovation("inside", "sosial", Set.of(), LocalDate.of(2024, 3, 1), Map.of());
    EnteredInnovation before =
        new EnteredInnovation(
            "before", "kesehatan", Set.of(), LocalDate.of(2023, 12, 31), Map.of());
    ApplicationWindow window =
        new ApplicationWindow(LocalDate.of(2024, 1, 1), LocalDate.of(2025, 12, 31));

    IndexEstimates estimates =
        formula.estimate(new Assessment(Map.of(), List.of(inside, before), window));

    assertThat(estimates.declared().innovations()).isEqualTo(1);
    assertThat(estimates.declared().basicAffairsCovered()).isEqualTo(1); // sosial only
    assertThat(estimates.outsideWindow()).containsExactly("before");
  }

  @Test
  void aLevelAboveTheModelsHighestIsRefused() {
    Assessment assessment = cycle(Map.of("visi-misi", ChosenLevel.proven(4)), List.of());

    assertThatThrownBy(() -> formula.estimate(assessment)).isInstanceOf(ValidationException.class);
  }

  @Test
  void theVerifyNoteOfTheModelIsCarried() {
    assertThat(formula.estimate(cycle(Map.of(), List.of())).modelNeedsVerification()).isTrue();
  }

  @Test
  void everyFigureOfThe2026ModelIsComputable() {
    assertThat(formula.estimate(cycle(Map.of(), List.of())).notComputable()).isEmpty();
  }
}
