package id.klik.index.application;

import id.klik.index.domain.ModelDifference;
import java.util.List;

/**
 * Two cycles side by side: their estimates, and what changed between their models, measure by
 * measure and as the template diff describes it.
 *
 * @param modelChanges the template diff's readable changes between the two models (empty for the
 *     same model)
 */
public record CycleComparison(
    CycleEstimate first,
    CycleEstimate second,
    ModelDifference difference,
    List<ModelChange> modelChanges) {

  public CycleComparison {
    modelChanges = List.copyOf(modelChanges);
  }

  /** One change of the template diff: its type, path and description in both languages. */
  public record ModelChange(String type, String path, String descriptionId, String descriptionEn) {}
}
