package id.klik.index.domain;

import id.klik.guideline.domain.IndexModelBody;
import id.klik.shared.domain.ValidationException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Which single changes raise the evidenced index most, and the shortest list of them that reaches a
 * target category.
 *
 * <p>A level change moves the total by weight × Δlevel (divided by the divisor for an innovation
 * measure, the divisor depending on n only), so those gains are computed directly; adding an
 * innovation changes n, the divisor and the coverage, so that gain is computed by estimating again.
 */
public final class WhatIf {

  private static final Comparator<RankedChange> BY_GAIN =
      Comparator.comparing(RankedChange::gain).thenComparing(RankedChange::declaredGain).reversed();

  private final IndexFormula formula;

  public WhatIf(IndexFormula formula) {
    this.formula = formula;
  }

  /**
   * Every single change that raises the evidenced index, the largest gain first (ties: the larger
   * declared gain, then the model's order). Empty when the model does not allow computing the
   * index.
   */
  public List<RankedChange> rank(Assessment assessment) {
    return rank(assessment, formula.estimate(assessment));
  }

  /**
   * The steps to reach {@code targetCode} (e.g. {@code INOVATIF}), chosen greedily: each step is
   * the best-ranked change after the previous ones. Level changes on different measures gain
   * independently of each other, so for them taking the largest gain first gives the fewest steps;
   * adding an innovation changes the divisor and makes the plan a good, not a proven shortest, one.
   */
  public StepPlan planTo(Assessment assessment, String targetCode) {
    IndexCategory target =
        formula.model().categories().stream()
            .map(IndexCategory::of)
            .filter(c -> c.code().equals(targetCode))
            .findFirst()
            .orElseThrow(
                () -> ValidationException.of("target", "error.index.category", targetCode));
    List<RankedChange> steps = new ArrayList<>();
    Assessment current = assessment;
    IndexEstimates estimates = formula.estimate(current);
    while (!reached(estimates.evidenced(), target)) {
      List<RankedChange> ranked = rank(current, estimates);
      if (ranked.isEmpty()) {
        break;
      }
      RankedChange best = ranked.get(0);
      steps.add(best);
      current = best.change().applyTo(current);
      estimates = formula.estimate(current);
    }
    return new StepPlan(
        target, steps, reached(estimates.evidenced(), target), estimates.evidenced());
  }

  private static boolean reached(Estimate estimate, IndexCategory target) {
    return estimate.category() != null && estimate.category().reaches(target);
  }

  List<RankedChange> rank(Assessment assessment, IndexEstimates now) {
    Estimate evidenced = now.evidenced();
    if (evidenced.total() == null || formula.indexGain(BigDecimal.ZERO) == null) {
      return List.of();
    }
    int max = formula.model().levels().max();
    List<RankedChange> changes = new ArrayList<>();
    for (ScoredMeasure m : formula.regionMeasures()) {
      levelChanges(null, m, assessment.regionLevel(m.id()), max, BigDecimal.ONE, changes);
    }
    BigDecimal divisor = BigDecimal.valueOf(evidenced.divisor());
    for (EnteredInnovation innovation : assessment.counted()) {
      for (ScoredMeasure m : formula.innovationMeasures()) {
        ChosenLevel level = innovation.level(m.id());
        levelChanges(innovation.innovationId(), m, level, max, divisor, changes);
      }
    }
    coverageChanges(assessment, now, changes);
    return changes.stream().filter(c -> c.gain().signum() > 0).sorted(BY_GAIN).toList();
  }

  private void levelChanges(
      String innovationId,
      ScoredMeasure m,
      ChosenLevel level,
      int max,
      BigDecimal divisor,
      List<RankedChange> changes) {
    int l = level.level();
    if (l > 0 && !level.evidenced()) {
      changes.add(
          ranked(
              new Change.AttachEvidence(
                  innovationId, m.id(), m.indicatorNumber(), l, m.evidenceAt(l)),
              m.points(l).divide(divisor, IndexFormula.MATH),
              BigDecimal.ZERO));
    }
    if (l < max) {
      BigDecimal evidencedGain = m.points(l + 1 - level.evidencedLevel());
      changes.add(
          ranked(
              new Change.RaiseLevel(
                  innovationId, m.id(), m.indicatorNumber(), l + 1, m.evidenceAt(l + 1)),
              evidencedGain.divide(divisor, IndexFormula.MATH),
              m.points(1).divide(divisor, IndexFormula.MATH)));
    }
  }

  /**
   * Short by one affair: one new innovation for each missing affair, each its own change. Short by
   * more: one change adding innovations for the first missing affairs in the model's order, as many
   * as the rule lacks (any of the missing would do; the estimate lists them all).
   */
  private void coverageChanges(
      Assessment assessment, IndexEstimates now, List<RankedChange> changes) {
    IndexModelBody.InnovationCount rule = formula.model().innovationCount();
    Estimate evidenced = now.evidenced();
    if (rule == null || rule.coverage() == null) {
      return;
    }
    int lacking = rule.coverage().minimumCovered() - evidenced.basicAffairsCovered();
    List<IndexModelBody.Affair> missing =
        rule.coverage().affairs().stream()
            .filter(a -> evidenced.missingBasicAffairs().contains(a.id()))
            .toList();
    if (lacking <= 0 || missing.size() < lacking) {
      return;
    }
    List<List<IndexModelBody.Affair>> options =
        lacking == 1
            ? missing.stream().map(List::of).toList()
            : List.of(missing.subList(0, lacking));
    for (List<IndexModelBody.Affair> affairs : options) {
      Change add =
          new Change.AddInnovation(
              affairs.stream().map(IndexModelBody.Affair::id).toList(),
              affairs.stream().map(IndexModelBody.Affair::title).toList(),
              insideWindow(assessment));
      IndexEstimates after = formula.estimate(add.applyTo(assessment));
      changes.add(
          new RankedChange(
              add,
              formula.indexGain(after.evidenced().total().subtract(evidenced.total())),
              formula.indexGain(after.declared().total().subtract(now.declared().total()))));
    }
  }

  private RankedChange ranked(Change change, BigDecimal evidencedTotal, BigDecimal declaredTotal) {
    return new RankedChange(
        change, formula.indexGain(evidencedTotal), formula.indexGain(declaredTotal));
  }

  private static LocalDate insideWindow(Assessment assessment) {
    ApplicationWindow window = assessment.window();
    if (window == null) {
      return null;
    }
    return window.from() != null
        ? window.from()
        : window.to() != null ? window.to() : LocalDate.EPOCH;
  }
}
