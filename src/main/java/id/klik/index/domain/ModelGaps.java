package id.klik.index.domain;

import id.klik.guideline.domain.IndexModelBody;
import java.util.ArrayList;
import java.util.List;

/**
 * What a model leaves out that the formula needs, e.g. the 2023 model, which has the formula and
 * the categories from the official slide but neither the indicator list nor the number-of-
 * innovations rule.
 */
final class ModelGaps {

  private final IndexModelBody model;

  ModelGaps(IndexModelBody model) {
    this.model = model;
  }

  List<NotComputable> list() {
    List<NotComputable> gaps = new ArrayList<>();
    boolean regionKnown = aspects(ScoredMeasure.REGION, gaps, "spd");
    boolean innovationKnown = aspects(ScoredMeasure.INNOVATION, gaps, "sidAverage");
    if (model.divisor() == null) {
      gaps.add(new NotComputable("divisor", NotComputable.Reason.NO_DIVISOR));
      innovationKnown = false;
    }
    boolean numberKnown =
        model.innovationCount() != null && model.innovationCount().pointsPerInnovation() != null;
    if (!numberKnown) {
      gaps.add(new NotComputable("numberScore", NotComputable.Reason.NO_NUMBER_SCORE_RULE));
    }
    boolean totalKnown = regionKnown && innovationKnown && numberKnown;
    if (!totalKnown) {
      gaps.add(new NotComputable("total", NotComputable.Reason.DEPENDS_ON_UNKNOWN));
    }
    boolean scaleKnown = true;
    if (model.total() == null || model.total().maxScore() == null) {
      gaps.add(new NotComputable("index", NotComputable.Reason.NO_MAXIMUM_TOTAL));
      scaleKnown = false;
    }
    if (model.total() == null || model.total().normalizeTo() == null) {
      gaps.add(new NotComputable("index", NotComputable.Reason.NO_NORMALIZATION));
      scaleKnown = false;
    }
    if (!totalKnown && scaleKnown) {
      gaps.add(new NotComputable("index", NotComputable.Reason.DEPENDS_ON_UNKNOWN));
    }
    if (!totalKnown || !scaleKnown) {
      gaps.add(new NotComputable("category", NotComputable.Reason.DEPENDS_ON_UNKNOWN));
    }
    return List.copyOf(gaps);
  }

  private boolean aspects(String scope, List<NotComputable> gaps, String figure) {
    List<IndexModelBody.Aspect> aspects =
        model.aspects().stream().filter(a -> scope.equals(a.scope())).toList();
    if (aspects.isEmpty()) {
      gaps.add(new NotComputable(figure, NotComputable.Reason.NO_INDICATORS));
      return false;
    }
    boolean known = true;
    for (IndexModelBody.Aspect aspect : aspects) {
      if (aspect.indicators().isEmpty()) {
        gaps.add(new NotComputable(aspect.code(), NotComputable.Reason.NO_INDICATORS));
        known = false;
      }
    }
    return known;
  }
}
