package id.klik.index.domain;

import id.klik.guideline.domain.IndexModelBody;
import id.klik.shared.domain.LocalizedText;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** One measure of the model with the aspect and indicator it belongs to: what a level scores. */
record ScoredMeasure(
    IndexModelBody.Aspect aspect,
    IndexModelBody.Indicator indicator,
    IndexModelBody.Measure measure) {

  static final String REGION = "region";
  static final String INNOVATION = "innovation";

  static List<ScoredMeasure> of(IndexModelBody model, String scope) {
    List<ScoredMeasure> measures = new ArrayList<>();
    for (IndexModelBody.Aspect aspect : model.aspects()) {
      if (!scope.equals(aspect.scope())) {
        continue;
      }
      for (IndexModelBody.Indicator indicator : aspect.indicators()) {
        indicator.measures().forEach(m -> measures.add(new ScoredMeasure(aspect, indicator, m)));
      }
    }
    return List.copyOf(measures);
  }

  String id() {
    return measure.id();
  }

  BigDecimal weight() {
    return measure.weight();
  }

  int indicatorNumber() {
    return indicator.number();
  }

  BigDecimal points(int level) {
    return measure.weight().multiply(BigDecimal.valueOf(level));
  }

  /** The evidence the model asks for at a level, when it says. */
  LocalizedText evidenceAt(int level) {
    return measure.levels().stream()
        .filter(l -> l.level() == level)
        .map(l -> l.evidence() != null ? l.evidence() : l.description())
        .findFirst()
        .orElse(null);
  }

  MeasureScore score(int level) {
    return new MeasureScore(
        indicator.number(), indicator.id(), id(), weight(), level, points(level));
  }
}
