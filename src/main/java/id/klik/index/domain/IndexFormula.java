package id.klik.index.domain;

import id.klik.guideline.domain.IndexModelBody;
import id.klik.shared.domain.ValidationException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.ToIntFunction;

/**
 * The Regional Innovation Index as a yearly model defines it:
 *
 * <pre>
 * SPD          = Σ region measures  weight × level
 * SID average  = Σ counted innovations Σ innovation measures weight × level / MAX(minimum, n)
 * number score = MIN(n, cap) × points per innovation (at most the model's maximum),
 *                0 unless the innovations cover the coverage rule's minimum of its affairs
 * total        = SPD + SID average + number score
 * index        = total / maximum total × normalizeTo, two decimals; category by thresholds
 * </pre>
 *
 * Every number comes from the model; what the model leaves out is reported, not guessed. Arithmetic
 * is decimal ({@link MathContext#DECIMAL64}); only the index is rounded, because the category
 * thresholds are written with two decimals (40.00 is Kurang Inovatif, 40.01 Inovatif).
 */
public final class IndexFormula {

  static final MathContext MATH = MathContext.DECIMAL64;

  private final IndexModelBody model;
  private final List<ScoredMeasure> regionMeasures;
  private final List<ScoredMeasure> innovationMeasures;
  private final List<NotComputable> notComputable;

  public IndexFormula(IndexModelBody model) {
    this.model = model;
    this.regionMeasures = ScoredMeasure.of(model, ScoredMeasure.REGION);
    this.innovationMeasures = ScoredMeasure.of(model, ScoredMeasure.INNOVATION);
    this.notComputable = new ModelGaps(model).list();
  }

  public IndexModelBody model() {
    return model;
  }

  public IndexEstimates estimate(Assessment assessment) {
    checkLevels(assessment);
    Estimate declared = estimate(assessment, ChosenLevel::level);
    Estimate evidenced = estimate(assessment, ChosenLevel::evidencedLevel);
    List<NotComputable> gaps = new ArrayList<>(notComputable);
    if (declared.index() != null && declared.category() == null) {
      gaps.add(new NotComputable("category", NotComputable.Reason.NO_MATCHING_CATEGORY));
    }
    return new IndexEstimates(
        declared,
        evidenced,
        gaps,
        assessment.outsideWindow().stream().map(EnteredInnovation::innovationId).toList(),
        model.needsVerification());
  }

  List<ScoredMeasure> regionMeasures() {
    return regionMeasures;
  }

  List<ScoredMeasure> innovationMeasures() {
    return innovationMeasures;
  }

  /** What a change of the total by {@code totalGain} does to the index, unrounded. */
  BigDecimal indexGain(BigDecimal totalGain) {
    if (model.total() == null
        || model.total().maxScore() == null
        || model.total().normalizeTo() == null) {
      return null;
    }
    return totalGain.multiply(model.total().normalizeTo()).divide(model.total().maxScore(), MATH);
  }

  private Estimate estimate(Assessment assessment, ToIntFunction<ChosenLevel> counts) {
    List<EnteredInnovation> counted = assessment.counted();
    int n = counted.size();

    List<MeasureScore> region = new ArrayList<>();
    for (ScoredMeasure m : regionMeasures) {
      region.add(m.score(counts.applyAsInt(assessment.regionLevel(m.id()))));
    }
    List<InnovationScore> innovations = new ArrayList<>();
    for (EnteredInnovation innovation : counted) {
      List<MeasureScore> scores = new ArrayList<>();
      for (ScoredMeasure m : innovationMeasures) {
        scores.add(m.score(counts.applyAsInt(innovation.level(m.id()))));
      }
      innovations.add(new InnovationScore(innovation.innovationId(), sum(scores), scores));
    }

    Integer divisor = model.divisor() == null ? null : model.divisor().divisorFor(n);
    BigDecimal spd = known(ScoredMeasure.REGION) ? sum(region) : null;
    BigDecimal sidSum =
        known(ScoredMeasure.INNOVATION)
            ? innovations.stream()
                .map(InnovationScore::points)
                .reduce(BigDecimal.ZERO, BigDecimal::add)
            : null;
    BigDecimal sidAverage =
        sidSum == null || divisor == null ? null : sidSum.divide(BigDecimal.valueOf(divisor), MATH);

    Coverage coverage = coverage(counted);
    BigDecimal numberScore = numberScore(n, coverage);
    BigDecimal total =
        spd == null || sidAverage == null || numberScore == null
            ? null
            : spd.add(sidAverage).add(numberScore);
    BigDecimal index = total == null ? null : index(total);
    return new Estimate(
        spd,
        sidSum,
        sidAverage,
        divisor,
        n,
        numberScore,
        coverage.covered(),
        coverage.missing(),
        total,
        index,
        index == null ? null : category(index),
        new Breakdown(region, innovations, indicators(region, innovations, divisor)));
  }

  private boolean known(String scope) {
    List<IndexModelBody.Aspect> aspects =
        model.aspects().stream().filter(a -> scope.equals(a.scope())).toList();
    return !aspects.isEmpty() && aspects.stream().noneMatch(a -> a.indicators().isEmpty());
  }

  private record Coverage(Integer covered, List<String> missing) {}

  private Coverage coverage(List<EnteredInnovation> counted) {
    IndexModelBody.InnovationCount rule = model.innovationCount();
    if (rule == null || rule.coverage() == null) {
      return new Coverage(null, List.of());
    }
    Set<String> served = new HashSet<>();
    counted.forEach(i -> served.addAll(i.affairs()));
    List<String> missing = new ArrayList<>();
    int covered = 0;
    for (IndexModelBody.Affair affair : rule.coverage().affairs()) {
      if (served.contains(affair.id())) {
        covered++;
      } else {
        missing.add(affair.id());
      }
    }
    return new Coverage(covered, missing);
  }

  private BigDecimal numberScore(int n, Coverage coverage) {
    IndexModelBody.InnovationCount rule = model.innovationCount();
    if (rule == null || rule.pointsPerInnovation() == null) {
      return null;
    }
    if (coverage.covered() != null && coverage.covered() < rule.coverage().minimumCovered()) {
      return BigDecimal.ZERO;
    }
    int scored = rule.cap() == null ? n : Math.min(n, rule.cap());
    BigDecimal score = rule.pointsPerInnovation().multiply(BigDecimal.valueOf(scored));
    return rule.maxScore() == null ? score : score.min(rule.maxScore());
  }

  private BigDecimal index(BigDecimal total) {
    BigDecimal exact = indexGain(total);
    return exact == null ? null : exact.setScale(2, RoundingMode.HALF_UP);
  }

  private IndexCategory category(BigDecimal index) {
    return model.categories().stream()
        .filter(c -> c.minScore().compareTo(index) <= 0 && index.compareTo(c.maxScore()) <= 0)
        .map(IndexCategory::of)
        .findFirst()
        .orElse(null);
  }

  private List<IndicatorScore> indicators(
      List<MeasureScore> region, List<InnovationScore> innovations, Integer divisor) {
    Map<String, BigDecimal> points = new LinkedHashMap<>();
    region.forEach(s -> points.merge(s.indicatorId(), s.points(), BigDecimal::add));
    innovationMeasures.forEach(m -> points.putIfAbsent(m.indicator().id(), BigDecimal.ZERO));
    innovations.forEach(
        i -> i.measures().forEach(s -> points.merge(s.indicatorId(), s.points(), BigDecimal::add)));
    List<IndicatorScore> indicators = new ArrayList<>();
    for (IndexModelBody.Aspect aspect : model.aspects()) {
      boolean perInnovation = ScoredMeasure.INNOVATION.equals(aspect.scope());
      for (IndexModelBody.Indicator indicator : aspect.indicators()) {
        BigDecimal p = points.getOrDefault(indicator.id(), BigDecimal.ZERO);
        BigDecimal contribution =
            !perInnovation
                ? p
                : divisor == null ? null : p.divide(BigDecimal.valueOf(divisor), MATH);
        indicators.add(
            new IndicatorScore(aspect.code(), indicator.number(), indicator.id(), p, contribution));
      }
    }
    return indicators;
  }

  private void checkLevels(Assessment assessment) {
    int max = model.levels() == null ? ChosenLevel.CEILING : model.levels().max();
    assessment.region().values().forEach(level -> checkLevel(level, max));
    assessment.innovations().forEach(i -> i.levels().values().forEach(l -> checkLevel(l, max)));
  }

  private static void checkLevel(ChosenLevel level, int max) {
    if (level.level() > max) {
      throw ValidationException.of("level", "error.index.level", level.level());
    }
  }

  private static BigDecimal sum(List<MeasureScore> scores) {
    return scores.stream().map(MeasureScore::points).reduce(BigDecimal.ZERO, BigDecimal::add);
  }
}
