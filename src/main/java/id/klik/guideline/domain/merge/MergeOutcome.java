package id.klik.guideline.domain.merge;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/**
 * The result of a merge, with an account of every upstream change so nothing happens silently.
 *
 * @param merged the tenant's template with the chosen changes applied
 * @param applied upstream changes now in the merged tree (including conflicts resolved by taking
 *     upstream)
 * @param alreadyPresent upstream changes the tenant had already made the same way
 * @param keptLocal conflicts resolved by keeping the tenant's version
 * @param notChosen upstream changes the person did not choose; the tenant's tree is unchanged there
 * @param unresolved chosen changes that conflict and have no resolution; they were not applied
 */
public record MergeOutcome(
    JsonNode merged,
    List<TemplateChange> applied,
    List<TemplateChange> alreadyPresent,
    List<MergeConflict> keptLocal,
    List<TemplateChange> notChosen,
    List<MergeConflict> unresolved) {

  public MergeOutcome {
    applied = List.copyOf(applied);
    alreadyPresent = List.copyOf(alreadyPresent);
    keptLocal = List.copyOf(keptLocal);
    notChosen = List.copyOf(notChosen);
    unresolved = List.copyOf(unresolved);
  }

  /** True when every chosen change was either applied or consciously resolved. */
  public boolean complete() {
    return unresolved.isEmpty();
  }

  /** A copy of the merged tree. */
  @Override
  public JsonNode merged() {
    return merged.deepCopy();
  }
}
