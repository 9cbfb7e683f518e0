package id.klik.index.domain;

import static id.klik.index.domain.IndexCycles.FIVE_BASIC;
import static id.klik.index.domain.IndexCycles.FOUR_BASIC;
import static id.klik.index.domain.IndexCycles.MODEL_2026;
import static id.klik.index.domain.IndexCycles.NO_BASIC;
import static id.klik.index.domain.IndexCycles.concat;
import static id.klik.index.domain.IndexCycles.cycle;
import static id.klik.index.domain.IndexCycles.innovations;
import static id.klik.index.domain.IndexCycles.perInnovation;
import static id.klik.index.domain.IndexCycles.region;
import static id.klik.index.domain.IndexCycles.with;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The 2026 formula on hand-computed cases. The model's figures: SPD weights sum to 21 (max 63 at
 * level 3), SID weights sum to 37 per innovation (111 at level 3), divisor MAX(12, n), number score
 * MIN(n, 200) × 0.38 when at least 5 of 6 basic-service affairs are covered, IID = total / 250 ×
 * 100; Sangat Inovatif from 65.01, Inovatif 40.01–65, Kurang Inovatif 0.01–40, Tidak Dapat Dinilai
 * 0.
 */
class IndexFormula2026Test {

  private static final ChosenLevel NONE = ChosenLevel.proven(0);
  private static final ChosenLevel ONE = ChosenLevel.proven(1);
  private static final ChosenLevel TWO = ChosenLevel.proven(2);
  private static final ChosenLevel THREE = ChosenLevel.proven(3);

  private final IndexFormula formula = new IndexFormula(MODEL_2026);

  private Estimate declared(Assessment assessment) {
    return formula.estimate(assessment).declared();
  }

  @Test
  void fewerInnovationsThanTheMinimumAreDividedByTheMinimum() {
    Estimate estimate =
        declared(cycle(region(MODEL_2026, TWO), innovations(3, MODEL_2026, THREE, NO_BASIC)));

    assertThat(estimate.spd()).isEqualByComparingTo("42"); // 21 × 2
    assertThat(estimate.sidSum()).isEqualByComparingTo("333"); // 3 × (37 × 3)
    assertThat(estimate.divisor()).isEqualTo(12); // MAX(12, 3)
    assertThat(estimate.sidAverage()).isEqualByComparingTo("27.75"); // 333 / 12
    assertThat(estimate.numberScore()).isEqualByComparingTo("0"); // no basic affair covered
    assertThat(estimate.total()).isEqualByComparingTo("69.75"); // 42 + 27.75 + 0
    assertThat(estimate.index()).isEqualByComparingTo("27.90"); // 69.75 / 250 × 100
    assertThat(estimate.category().code()).isEqualTo("KURANG_INOVATIF");
  }

  @Test
  void moreInnovationsThanTheMinimumAreDividedByTheirNumber() {
    Estimate estimate =
        declared(cycle(region(MODEL_2026, NONE), innovations(15, MODEL_2026, TWO, FIVE_BASIC)));

    assertThat(estimate.sidSum()).isEqualByComparingTo("1110"); // 15 × (37 × 2)
    assertThat(estimate.divisor()).isEqualTo(15); // MAX(12, 15)
    assertThat(estimate.sidAverage()).isEqualByComparingTo("74"); // 1110 / 15
    assertThat(estimate.numberScore()).isEqualByComparingTo("5.70"); // 15 × 0.38
    assertThat(estimate.total()).isEqualByComparingTo("79.70"); // 0 + 74 + 5.70
    assertThat(estimate.index()).isEqualByComparingTo("31.88"); // 79.70 / 250 × 100
  }

  @Test
  void fourBasicAffairsCoveredGiveNoNumberScore() {
    Estimate estimate =
        declared(cycle(region(MODEL_2026, ONE), innovations(12, MODEL_2026, ONE, FOUR_BASIC)));

    assertThat(estimate.basicAffairsCovered()).isEqualTo(4);
    assertThat(estimate.missingBasicAffairs()).containsExactly("trantibum-linmas", "sosial");
    assertThat(estimate.numberScore()).isEqualByComparingTo("0"); // 4 < 5 covered
    assertThat(estimate.total()).isEqualByComparingTo("58"); // 21 + 12 × 37 / 12 + 0
    assertThat(estimate.index()).isEqualByComparingTo("23.20"); // 58 / 250 × 100
  }

  @Test
  void fiveBasicAffairsCoveredGiveTheNumberScore() {
    Estimate estimate =
        declared(cycle(region(MODEL_2026, ONE), innovations(12, MODEL_2026, ONE, FIVE_BASIC)));

    assertThat(estimate.basicAffairsCovered()).isEqualTo(5);
    assertThat(estimate.numberScore()).isEqualByComparingTo("4.56"); // 12 × 0.38
    assertThat(estimate.total()).isEqualByComparingTo("62.56"); // 21 + 37 + 4.56
    assertThat(estimate.index()).isEqualByComparingTo("25.02"); // 62.56 × 0.4 = 25.024
  }

  @Test
  void anOtherAffairOfAnInnovationCountsForCoverage() {
    EnteredInnovation both =
        new EnteredInnovation(
            "both", "sosial", java.util.Set.of("kesehatan"), IndexCycles.APPLIED, Map.of());

    Estimate estimate = declared(cycle(Map.of(), List.of(both)));

    assertThat(estimate.basicAffairsCovered()).isEqualTo(2);
  }

  @ParameterizedTest
  @ValueSource(ints = {0, 1, 2, 3})
  void aLevelScoresItsWeightTimesTheLevel(int level) {
    ChosenLevel chosen = ChosenLevel.proven(level);
    Assessment assessment =
        cycle(Map.of("visi-misi", chosen), innovations(0, 1, Map.of("sid-16", chosen), NO_BASIC));

    Estimate estimate = declared(assessment);

    assertThat(estimate.spd()).isEqualByComparingTo(String.valueOf(level)); // weight 1 × level
    assertThat(estimate.sidSum()).isEqualByComparingTo(String.valueOf(3 * level)); // 3 × level
    assertThat(estimate.breakdown().innovations().get(0).measures())
        .filteredOn(m -> m.measureId().equals("sid-16"))
        .singleElement()
        .satisfies(m -> assertThat(m.level()).isEqualTo(level));
  }

  @Test
  void theIndexAtExactly40IsKurangInovatif() {
    Estimate estimate =
        declared(cycle(region(MODEL_2026, THREE), innovations(12, MODEL_2026, ONE, NO_BASIC)));

    assertThat(estimate.total()).isEqualByComparingTo("100"); // 63 + 12 × 37 / 12 + 0
    assertThat(estimate.index()).isEqualByComparingTo("40.00"); // 100 / 250 × 100
    assertThat(estimate.category().code()).isEqualTo("KURANG_INOVATIF");
  }

  @Test
  void theIndexAt40point01IsInovatif() {
    List<EnteredInnovation> forty =
        concat(
            innovations(0, 1, with(perInnovation(MODEL_2026, ONE), "sid-20", TWO), NO_BASIC),
            innovations(1, 39, perInnovation(MODEL_2026, ONE), NO_BASIC));

    Estimate estimate = declared(cycle(region(MODEL_2026, THREE), forty));

    assertThat(estimate.sidSum()).isEqualByComparingTo("1481"); // 40 × 37 + 1 (sid-20 1 → 2)
    assertThat(estimate.total()).isEqualByComparingTo("100.025"); // 63 + 1481 / 40 + 0
    assertThat(estimate.index()).isEqualByComparingTo("40.01"); // 100.025 × 0.4
    assertThat(estimate.category().code()).isEqualTo("INOVATIF");
  }

  @Test
  void theIndexAtExactly65IsInovatif() {
    Estimate estimate =
        declared(cycle(region(MODEL_2026, TWO), innovations(25, MODEL_2026, THREE, FIVE_BASIC)));

    assertThat(estimate.numberScore()).isEqualByComparingTo("9.50"); // 25 × 0.38
    assertThat(estimate.total()).isEqualByComparingTo("162.5"); // 42 + 25 × 111 / 25 + 9.50
    assertThat(estimate.index()).isEqualByComparingTo("65.00"); // 162.5 × 0.4
    assertThat(estimate.category().code()).isEqualTo("INOVATIF");
  }

  @Test
  void theIndexAt65point01IsSangatInovatif() {
    List<EnteredInnovation> hundredTwenty =
        concat(
            innovations(0, 3, perInnovation(MODEL_2026, THREE), FIVE_BASIC),
            innovations(3, 117, perInnovation(MODEL_2026, TWO), FIVE_BASIC));

    Estimate estimate = declared(cycle(region(MODEL_2026, TWO), hundredTwenty));

    assertThat(estimate.sidSum()).isEqualByComparingTo("8991"); // 3 × 111 + 117 × 74
    assertThat(estimate.sidAverage()).isEqualByComparingTo("74.925"); // 8991 / 120
    assertThat(estimate.numberScore()).isEqualByComparingTo("45.60"); // 120 × 0.38
    assertThat(estimate.total()).isEqualByComparingTo("162.525"); // 42 + 74.925 + 45.60
    assertThat(estimate.index()).isEqualByComparingTo("65.01"); // 162.525 × 0.4
    assertThat(estimate.category().code()).isEqualTo("SANGAT_INOVATIF");
  }

  @Test
  void nothingClaimedIsTidakDapatDinilai() {
    Estimate estimate = declared(cycle(Map.of(), List.of()));

    assertThat(estimate.divisor()).isEqualTo(12); // MAX(12, 0)
    assertThat(estimate.total()).isEqualByComparingTo("0"); // 0 + 0 / 12 + 0
    assertThat(estimate.index()).isEqualByComparingTo("0");
    assertThat(estimate.category().code()).isEqualTo("TIDAK_DAPAT_DINILAI");
  }

  @Test
  void theNumberScoreStopsAtTheCapOf200Innovations() {
    Estimate estimate = declared(cycle(Map.of(), innovations(250, MODEL_2026, NONE, FIVE_BASIC)));

    assertThat(estimate.innovations()).isEqualTo(250);
    assertThat(estimate.divisor()).isEqualTo(250); // MAX(12, 250)
    assertThat(estimate.numberScore()).isEqualByComparingTo("76"); // MIN(250, 200) × 0.38
    assertThat(estimate.index()).isEqualByComparingTo("30.40"); // (0 + 0 + 76) / 250 × 100
  }

  @Test
  void evidencedCountsOnlyLevelsWithTheirEvidence() {
    Map<String, ChosenLevel> regionDeclared =
        with(region(MODEL_2026, ChosenLevel.declared(3)), "visi-misi", THREE);
    Map<String, ChosenLevel> innovationDeclared =
        with(perInnovation(MODEL_2026, ChosenLevel.declared(2)), "sid-16", TWO);

    IndexEstimates estimates =
        formula.estimate(cycle(regionDeclared, innovations(0, 12, innovationDeclared, FIVE_BASIC)));

    assertThat(estimates.declared().spd()).isEqualByComparingTo("63"); // 21 × 3
    assertThat(estimates.evidenced().spd()).isEqualByComparingTo("3"); // visi-misi only: 1 × 3
    assertThat(estimates.declared().sidAverage()).isEqualByComparingTo("74"); // 12 × 74 / 12
    assertThat(estimates.evidenced().sidAverage()).isEqualByComparingTo("6"); // 12 × (3 × 2) / 12
    assertThat(estimates.declared().index()).isEqualByComparingTo("56.62"); // (63+74+4.56) × 0.4
    assertThat(estimates.evidenced().index()).isEqualByComparingTo("5.42"); // (3+6+4.56) × 0.4
    assertThat(estimates.declared().category().code()).isEqualTo("INOVATIF");
    assertThat(estimates.evidenced().category().code()).isEqualTo("KURANG_INOVATIF");
  }
}
