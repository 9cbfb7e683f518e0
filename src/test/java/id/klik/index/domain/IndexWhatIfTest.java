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
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import id.klik.guideline.domain.IndexModelBody;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * What-if ranked by the evidenced index gain, checked against brute force: every single change
 * applied and the whole index estimated again.
 */
class IndexWhatIfTest {

  private final IndexFormula formula = new IndexFormula(MODEL_2026);
  private final WhatIf whatIf = new WhatIf(formula);

  /** A small region: some levels declared without evidence, two innovations, two affairs. */
  private static Assessment small() {
    Map<String, ChosenLevel> region = new LinkedHashMap<>();
    region.put("penghargaan-inovator", ChosenLevel.declared(3));
    region.put("visi-misi", ChosenLevel.proven(2));
    region.put("tpt", ChosenLevel.declared(1));
    region.put("opini-bpk", ChosenLevel.proven(3));
    Map<String, ChosenLevel> first =
        Map.of("sid-16", ChosenLevel.declared(1), "sid-35", ChosenLevel.proven(2));
    Map<String, ChosenLevel> second =
        Map.of("sid-33", ChosenLevel.proven(3), "sid-17", ChosenLevel.declared(2));
    return cycle(
        region,
        concat(innovations(0, 1, first, FOUR_BASIC), innovations(1, 1, second, FOUR_BASIC)));
  }

  /** Twelve innovations at level 1 with evidence, covering four basic affairs: one short. */
  private static Assessment oneAffairShort() {
    return cycle(
        region(MODEL_2026, ChosenLevel.proven(3)),
        innovations(12, MODEL_2026, ChosenLevel.proven(1), FOUR_BASIC));
  }

  @Test
  void theRankingOfASmallRegionMatchesBruteForce() {
    assertMatchesBruteForce(small());
  }

  @Test
  void theRankingOneAffairShortOfCoverageMatchesBruteForce() {
    assertMatchesBruteForce(oneAffairShort());
  }

  @Test
  void theRankingThreeAffairsShortOfCoverageMatchesBruteForce() {
    assertMatchesBruteForce(
        cycle(Map.of(), innovations(13, MODEL_2026, ChosenLevel.proven(2), List.of("sosial"))));
  }

  @Test
  void theMissingAffairOfTheCoverageRuleGainsMost() {
    RankedChange best = whatIf.rank(oneAffairShort()).get(0);

    assertThat(best.change())
        .isEqualTo(
            new Change.AddInnovation(
                List.of("trantibum-linmas"), titles("trantibum-linmas"), null));
    // before: 63 + 444 / 12 + 0 = 100; after: 63 + 444 / 13 + 13 × 0.38 = 102.09385
    // gain: 2.09385 / 250 × 100 = 0.83754
    assertThat(best.gain().doubleValue()).isCloseTo(0.83754, within(0.00001));
  }

  @Test
  void attachingEvidenceGainsTheDeclaredLevel() {
    Assessment awards = cycle(Map.of("penghargaan-inovator", ChosenLevel.declared(3)), List.of());

    RankedChange best = whatIf.rank(awards).get(0);

    assertThat(best.change()).isInstanceOf(Change.AttachEvidence.class);
    assertThat(best.gain()).isEqualByComparingTo("2.4"); // 2 × 3 / 250 × 100
    assertThat(best.declaredGain()).isEqualByComparingTo("0");
    assertThat(best.change().needs().en()).isEqualTo("Indicator 12, level 3: attach the evidence");
  }

  @Test
  void aRaiseSaysWhichEvidenceTheNewLevelNeeds() {
    Assessment regulation =
        cycle(Map.of(), innovations(0, 1, Map.of("sid-16", ChosenLevel.proven(1)), NO_BASIC));

    RankedChange raise =
        whatIf.rank(regulation).stream()
            .filter(
                r -> r.change() instanceof Change.RaiseLevel l && l.measureId().equals("sid-16"))
            .findFirst()
            .orElseThrow();

    assertThat(raise.change().needs().en())
        .isEqualTo(
            "Indicator 16, level 2: reach it and attach the evidence – Regional head regulation"
                + " (Perkada)");
    assertThat(raise.gain()).isEqualByComparingTo("0.1"); // 3 × 1 / MAX(12, 1) / 250 × 100
  }

  @Test
  void thePlanToInovatifTakesTheLargestGainsFirst() {
    // Evidenced: SPD 0 (nothing proven), SID 12 × 37 / 12 = 37, number 12 × 0.38 = 4.56:
    // total 41.56. Inovatif needs 40.01, a total of at least 100.0125: 58.4525 more. Attaching
    // the SPD evidence gains weight × 3: 6, then 4.5 three times (19.5), then 3 ten times (49.5),
    // then 2.25 four times (58.5): 18 steps, to 41.56 + 58.5 = 100.06, an index of 40.02.
    Assessment assessment =
        cycle(
            region(MODEL_2026, ChosenLevel.declared(3)),
            innovations(12, MODEL_2026, ChosenLevel.proven(1), FIVE_BASIC));

    StepPlan plan = whatIf.planTo(assessment, "INOVATIF");

    assertThat(plan.reached()).isTrue();
    assertThat(plan.steps()).hasSize(18);
    assertThat(plan.steps()).allMatch(s -> s.change() instanceof Change.AttachEvidence);
    assertThat(plan.result().index()).isEqualByComparingTo("40.02");
    assertThat(plan.result().category().code()).isEqualTo("INOVATIF");
  }

  @Test
  void noShorterPlanToInovatifExists() {
    Assessment assessment =
        cycle(
            region(MODEL_2026, ChosenLevel.declared(3)),
            innovations(12, MODEL_2026, ChosenLevel.proven(1), FIVE_BASIC));
    // Level changes on different measures gain independently: if the 17 largest single gains do
    // not reach 40.01, no 17 steps do. Needed: (100.0125 − 41.56) / 250 × 100 = 23.381.
    BigDecimal best17 =
        whatIf.rank(assessment).stream()
            .limit(17)
            .map(RankedChange::gain)
            .reduce(BigDecimal.ZERO, BigDecimal::add);

    assertThat(best17).isLessThan(new BigDecimal("23.381")); // 56.25 / 250 × 100 = 22.5
  }

  @Test
  void aPlanThatCannotReachTheTargetSaysSo() {
    // Nothing entered: at best every SPD measure at level 3 (63) and, coverage being short by
    // five affairs, five new innovations (5 × 0.38 = 1.9) raised to level 3 (5 × 111 / 12 =
    // 46.25): (63 + 46.25 + 1.9) / 250 × 100 = 44.46, Inovatif, not Sangat Inovatif.
    StepPlan plan = whatIf.planTo(cycle(Map.of(), List.of()), "SANGAT_INOVATIF");

    assertThat(plan.reached()).isFalse();
    assertThat(plan.result().index()).isEqualByComparingTo("44.46");
  }

  private void assertMatchesBruteForce(Assessment assessment) {
    Estimate before = formula.estimate(assessment).evidenced();
    Map<Assessment, Double> bruteForce = new LinkedHashMap<>();
    for (Assessment changed : singleChanges(assessment, before)) {
      double gain =
          formula.estimate(changed).evidenced().total().subtract(before.total()).doubleValue()
              / 250
              * 100;
      if (gain > 1e-9) {
        bruteForce.put(changed, gain);
      }
    }

    List<RankedChange> ranked = whatIf.rank(assessment);

    assertThat(ranked).hasSize(bruteForce.size());
    assertThat(ranked)
        .allSatisfy(
            r ->
                assertThat(r.gain().doubleValue())
                    .isCloseTo(bruteForce.get(r.change().applyTo(assessment)), within(1e-9)));
    assertThat(ranked)
        .extracting(r -> r.gain().doubleValue())
        .isSortedAccordingTo((a, b) -> Double.compare(b, a));
  }

  /** Every single change, enumerated here from the model and the rules, not from what-if. */
  private static List<Assessment> singleChanges(Assessment assessment, Estimate before) {
    List<Assessment> changes = new java.util.ArrayList<>();
    for (String measure : region(MODEL_2026, ChosenLevel.declared(0)).keySet()) {
      ChosenLevel level = assessment.region().getOrDefault(measure, ChosenLevel.declared(0));
      for (ChosenLevel next : next(level)) {
        changes.add(assessment.withRegion(measure, next));
      }
    }
    for (EnteredInnovation innovation : assessment.innovations()) {
      for (String measure : perInnovation(MODEL_2026, ChosenLevel.declared(0)).keySet()) {
        ChosenLevel level = innovation.levels().getOrDefault(measure, ChosenLevel.declared(0));
        for (ChosenLevel next : next(level)) {
          changes.add(assessment.withInnovation(innovation.innovationId(), measure, next));
        }
      }
    }
    int lacking = 5 - before.basicAffairsCovered();
    List<String> missing = before.missingBasicAffairs();
    if (lacking == 1) {
      missing.forEach(affair -> changes.add(assessment.plus(newInnovation(affair))));
    } else if (lacking > 1) {
      Assessment added = assessment;
      for (String affair : missing.subList(0, lacking)) {
        added = added.plus(newInnovation(affair));
      }
      changes.add(added);
    }
    return changes;
  }

  private static List<ChosenLevel> next(ChosenLevel level) {
    List<ChosenLevel> next = new java.util.ArrayList<>();
    if (level.level() > 0 && !level.evidenced()) {
      next.add(ChosenLevel.proven(level.level()));
    }
    if (level.level() < 3) {
      next.add(ChosenLevel.proven(level.level() + 1));
    }
    return next;
  }

  private static EnteredInnovation newInnovation(String affair) {
    return new EnteredInnovation("new-" + affair, affair, Set.of(), null, Map.of());
  }

  private static List<id.klik.shared.domain.LocalizedText> titles(String... affairs) {
    return List.of(affairs).stream()
        .map(
            id ->
                MODEL_2026.innovationCount().coverage().affairs().stream()
                    .filter(a -> a.id().equals(id))
                    .map(IndexModelBody.Affair::title)
                    .findFirst()
                    .orElseThrow())
        .toList();
  }
}
