package id.klik.index.domain;

import id.klik.guideline.domain.IndexModelBody;
import id.klik.shared.domain.LocalizedText;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What changed between the index models of two cycles, measure by measure (by the measures' ids):
 * measures the newer model added, removed, or weighs differently. A level carries over from one
 * cycle to the next only where the newer model still has the measure.
 */
public record ModelDifference(
    List<MeasureChange> added, List<MeasureChange> removed, List<MeasureChange> reweighted) {

  public ModelDifference {
    added = List.copyOf(added);
    removed = List.copyOf(removed);
    reweighted = List.copyOf(reweighted);
  }

  /**
   * One measure that changed.
   *
   * @param scope {@code region} or {@code innovation}
   * @param weightBefore null when added
   * @param weightAfter null when removed
   */
  public record MeasureChange(
      String measureId,
      String scope,
      int indicatorNumber,
      LocalizedText title,
      BigDecimal weightBefore,
      BigDecimal weightAfter) {}

  public boolean isEmpty() {
    return added.isEmpty() && removed.isEmpty() && reweighted.isEmpty();
  }

  public static ModelDifference between(IndexModelBody older, IndexModelBody newer) {
    Map<String, ScoredMeasure> before = measures(older);
    Map<String, ScoredMeasure> after = measures(newer);
    List<MeasureChange> added = new ArrayList<>();
    List<MeasureChange> removed = new ArrayList<>();
    List<MeasureChange> reweighted = new ArrayList<>();
    after.forEach(
        (id, m) -> {
          ScoredMeasure old = before.get(id);
          if (old == null) {
            added.add(change(m, null, m.weight()));
          } else if (old.weight().compareTo(m.weight()) != 0) {
            reweighted.add(change(m, old.weight(), m.weight()));
          }
        });
    before.forEach(
        (id, m) -> {
          if (!after.containsKey(id)) {
            removed.add(change(m, m.weight(), null));
          }
        });
    return new ModelDifference(added, removed, reweighted);
  }

  private static MeasureChange change(ScoredMeasure m, BigDecimal before, BigDecimal after) {
    return new MeasureChange(
        m.id(), m.aspect().scope(), m.indicatorNumber(), m.measure().title(), before, after);
  }

  private static Map<String, ScoredMeasure> measures(IndexModelBody model) {
    Map<String, ScoredMeasure> all = new LinkedHashMap<>();
    ScoredMeasure.of(model, ScoredMeasure.REGION).forEach(m -> all.put(m.id(), m));
    ScoredMeasure.of(model, ScoredMeasure.INNOVATION).forEach(m -> all.put(m.id(), m));
    return all;
  }
}
