package id.klik.guideline.domain.merge;

import com.fasterxml.jackson.databind.JsonNode;
import id.klik.shared.domain.ValidationException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What a three-way merge would do, before a person decides: the upstream changes to choose from,
 * the tenant's own changes (always kept), the conflicts that need a resolution and the upstream
 * changes the tenant already made the same way. Immutable; {@link #merge} can be called for several
 * sets of decisions, e.g. to preview them.
 */
public final class MergePlan {

  private final JsonNode base;
  private final JsonNode local;
  private final JsonNode upstream;
  private final List<TemplateChange> upstreamChanges;
  private final List<TemplateChange> localChanges;
  private final Map<String, MergeConflict> conflicts;
  private final Set<String> alreadyPresent;

  MergePlan(
      JsonNode base,
      JsonNode local,
      JsonNode upstream,
      List<TemplateChange> upstreamChanges,
      List<TemplateChange> localChanges,
      List<MergeConflict> conflicts,
      List<String> alreadyPresent) {
    this.base = base.deepCopy();
    this.local = local.deepCopy();
    this.upstream = upstream.deepCopy();
    this.upstreamChanges = List.copyOf(upstreamChanges);
    this.localChanges = List.copyOf(localChanges);
    this.conflicts =
        conflicts.stream()
            .collect(
                Collectors.toMap(
                    MergeConflict::changeId,
                    Function.identity(),
                    (a, b) -> a,
                    java.util.LinkedHashMap::new));
    this.alreadyPresent = Set.copyOf(alreadyPresent);
  }

  /** What the publisher changed between the adopted version and the newer one. */
  public List<TemplateChange> upstreamChanges() {
    return upstreamChanges;
  }

  /** What the tenant changed in its copy; kept by every merge. */
  public List<TemplateChange> localChanges() {
    return localChanges;
  }

  public List<MergeConflict> conflicts() {
    return List.copyOf(conflicts.values());
  }

  /**
   * Merges the chosen upstream changes into the tenant's version. A chosen change that conflicts is
   * applied only with a resolution; without one it is reported as unresolved and left out.
   *
   * @throws ValidationException when a decision names a change that is not in this plan (a stale
   *     page, or a hand-written request)
   */
  public MergeOutcome merge(MergeDecisions decisions) {
    Set<String> known = new HashSet<>();
    upstreamChanges.forEach(change -> known.add(change.id()));
    Set<String> unknown = new HashSet<>(decisions.chosen());
    unknown.addAll(decisions.resolutions().keySet());
    unknown.removeAll(known);
    if (!unknown.isEmpty()) {
      throw ValidationException.of(
          "chosen", "template.unknownChange", String.join(", ", new TreeSet<>(unknown)));
    }
    JsonNode result = local.deepCopy();
    TreeEdits edits = new TreeEdits(result, upstream);
    List<TemplateChange> applied = new ArrayList<>();
    List<TemplateChange> already = new ArrayList<>();
    List<MergeConflict> keptLocal = new ArrayList<>();
    List<TemplateChange> notChosen = new ArrayList<>();
    List<MergeConflict> unresolved = new ArrayList<>();
    for (TemplateChange change : upstreamChanges) {
      MergeConflict conflict = conflicts.get(change.id());
      if (!decisions.chosen().contains(change.id())) {
        notChosen.add(change);
      } else if (conflict == null) {
        if (alreadyPresent.contains(change.id())) {
          already.add(change);
        } else {
          edits.apply(change);
          applied.add(change);
        }
      } else {
        Resolution resolution = decisions.resolutions().get(change.id());
        if (resolution == null) {
          unresolved.add(conflict);
        } else if (resolution == Resolution.KEEP_LOCAL) {
          keptLocal.add(conflict);
        } else {
          edits.takeUpstream(change);
          applied.add(change);
        }
      }
    }
    return new MergeOutcome(result, applied, already, keptLocal, notChosen, unresolved);
  }

  /** Every upstream change chosen, e.g. for "take everything that does not conflict". */
  public Set<String> allUpstreamChangeIds() {
    return upstreamChanges.stream().map(TemplateChange::id).collect(Collectors.toSet());
  }

  /** A copy of the version the tenant adopted. */
  public JsonNode base() {
    return base.deepCopy();
  }
}
