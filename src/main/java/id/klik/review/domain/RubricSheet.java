package id.klik.review.domain;

import id.klik.guideline.domain.RubricBody;
import id.klik.shared.domain.FieldProblem;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * A rubric as the scoring needs it: its criteria with weights, in the rubric's order, and the
 * scores its scale allows. A reviewer's weighted score is put on 100: each criterion's score
 * divided by the scale's highest score, weighted, so "all very good" is 100 whatever the scale.
 */
public final class RubricSheet {

  private final List<String> criteria;
  private final double[] weights;
  private final double weightSum;
  private final Set<BigDecimal> allowed;
  private final double top;
  private final List<String> byWeight;

  public RubricSheet(List<String> criteria, List<Double> weights, List<BigDecimal> scaleScores) {
    if (criteria.isEmpty() || criteria.size() != weights.size() || scaleScores.isEmpty()) {
      throw new IllegalArgumentException("a rubric needs criteria with weights and a scale");
    }
    this.criteria = List.copyOf(criteria);
    this.weights = weights.stream().mapToDouble(Double::doubleValue).toArray();
    double sum = 0;
    for (double w : this.weights) {
      sum += w;
    }
    this.weightSum = sum;
    this.allowed = new TreeSet<>();
    scaleScores.forEach(s -> allowed.add(s.stripTrailingZeros()));
    this.top = scaleScores.stream().mapToDouble(BigDecimal::doubleValue).max().orElseThrow();
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < criteria.size(); i++) {
      order.add(i);
    }
    // the highest weight first; equal weights keep the rubric's order
    order.sort(Comparator.comparingDouble((Integer i) -> -this.weights[i]));
    this.byWeight = order.stream().map(criteria::get).toList();
  }

  public static RubricSheet of(RubricBody body) {
    return new RubricSheet(
        body.criteria().stream().map(RubricBody.Criterion::id).toList(),
        body.criteria().stream().map(c -> c.weight().doubleValue()).toList(),
        body.scale().levels().stream().map(RubricBody.Level::score).toList());
  }

  public List<String> criteria() {
    return criteria;
  }

  public double weight(String criterion) {
    return weights[index(criterion)];
  }

  /** The criteria from the highest weight down: the order ties are broken in. */
  public List<String> criteriaByWeight() {
    return byWeight;
  }

  public double topScore() {
    return top;
  }

  public int index(String criterion) {
    int i = criteria.indexOf(criterion);
    if (i < 0) {
      throw new IllegalArgumentException("no criterion " + criterion);
    }
    return i;
  }

  /** Every criterion scored: only a complete review counts in the aggregation. */
  public boolean complete(Map<String, ? extends Number> scores) {
    return scores.keySet().containsAll(criteria);
  }

  /** The criteria a review has not scored yet, in the rubric's order. */
  public List<String> missing(Map<String, ? extends Number> scores) {
    return criteria.stream().filter(c -> !scores.containsKey(c)).toList();
  }

  /** Scores for criteria the rubric lacks, or off its scale; empty when all are fine. */
  public List<FieldProblem> problems(Map<String, BigDecimal> scores) {
    List<FieldProblem> out = new ArrayList<>();
    scores.forEach(
        (criterion, score) -> {
          if (!criteria.contains(criterion)) {
            out.add(FieldProblem.of("scores." + criterion, "review.criterion.unknown", criterion));
          } else if (score == null || !allowed.contains(score.stripTrailingZeros())) {
            out.add(
                FieldProblem.of(
                    "scores." + criterion,
                    "review.score.offScale",
                    criterion,
                    allowed.stream().map(BigDecimal::toPlainString).toList().toString()));
          }
        });
    return out;
  }

  /** The weighted score on 100 of a complete review, its scores in the rubric's order. */
  public double weighted(double[] scores) {
    double sum = 0;
    for (int i = 0; i < weights.length; i++) {
      sum += weights[i] * scores[i];
    }
    return sum / weightSum / top * 100.0;
  }

  /** The scores of a complete review in the rubric's order. */
  public double[] ordered(Map<String, ? extends Number> scores) {
    double[] out = new double[criteria.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = scores.get(criteria.get(i)).doubleValue();
    }
    return out;
  }
}
