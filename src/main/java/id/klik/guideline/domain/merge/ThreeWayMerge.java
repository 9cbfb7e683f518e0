package id.klik.guideline.domain.merge;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Plans how a tenant's customized template takes a newer upstream version.
 *
 * <p>Base is the upstream version the tenant adopted, local the tenant's customized version,
 * upstream the publisher's newer version. Every upstream change (base → upstream) is compared with
 * every tenant change (base → local): when they touch the same node, or one lies inside the other,
 * they either agree (the tenant already did the same) or conflict. A move and an edit of the same
 * item do not conflict: one is about place, the other about content.
 */
public final class ThreeWayMerge {

  private enum Relation {
    NONE,
    SAME,
    BOTH_CHANGED,
    DELETE_VS_EDIT
  }

  private ThreeWayMerge() {}

  public static MergePlan plan(JsonNode base, JsonNode local, JsonNode upstream) {
    List<TemplateChange> upstreamChanges = TemplateDiff.between(base, upstream);
    List<TemplateChange> localChanges = TemplateDiff.between(base, local);
    Map<String, MergeConflict> conflicts = new LinkedHashMap<>();
    List<String> alreadyPresent = new ArrayList<>();
    for (TemplateChange theirs : upstreamChanges) {
      List<TemplateChange> colliding = new ArrayList<>();
      boolean deleteVsEdit = false;
      boolean same = false;
      for (TemplateChange ours : localChanges) {
        Relation relation = relate(theirs, ours);
        same |= relation == Relation.SAME;
        if (relation == Relation.BOTH_CHANGED || relation == Relation.DELETE_VS_EDIT) {
          colliding.add(ours);
          deleteVsEdit |= relation == Relation.DELETE_VS_EDIT;
        }
      }
      if (!colliding.isEmpty()) {
        ConflictKind kind = deleteVsEdit ? ConflictKind.DELETE_VS_EDIT : ConflictKind.BOTH_CHANGED;
        conflicts.put(theirs.id(), new MergeConflict(kind, theirs, colliding));
      } else if (same) {
        alreadyPresent.add(theirs.id());
      }
    }
    return new MergePlan(
        base,
        local,
        upstream,
        upstreamChanges,
        localChanges,
        List.copyOf(conflicts.values()),
        alreadyPresent);
  }

  private static Relation relate(TemplateChange theirs, TemplateChange ours) {
    TreePath upstreamPath = theirs.path();
    TreePath localPath = ours.path();
    ChangeType up = theirs.type();
    ChangeType here = ours.type();
    if (upstreamPath.equals(localPath)) {
      if (up == here
          && TreeAccess.sameValue(theirs.after(), ours.after())
          && (up != ChangeType.MOVED
              || java.util.Objects.equals(theirs.predecessor(), ours.predecessor()))) {
        return Relation.SAME;
      }
      if (up == ChangeType.MOVED || here == ChangeType.MOVED) {
        if (up == ChangeType.MOVED && here == ChangeType.MOVED) {
          return Relation.BOTH_CHANGED;
        }
        // moving what the tenant deleted asks for a decision; deleting what the tenant only
        // moved does not, and neither does an edit of what was moved
        return up == ChangeType.MOVED && here == ChangeType.REMOVED
            ? Relation.DELETE_VS_EDIT
            : Relation.NONE;
      }
      boolean oneDeletes = (up == ChangeType.REMOVED) != (here == ChangeType.REMOVED);
      return oneDeletes ? Relation.DELETE_VS_EDIT : Relation.BOTH_CHANGED;
    }
    if (upstreamPath.isAncestorOf(localPath)) {
      return inside(up);
    }
    if (localPath.isAncestorOf(upstreamPath)) {
      return inside(here);
    }
    return Relation.NONE;
  }

  /** The relation when the other side changed something inside the node this change is about. */
  private static Relation inside(ChangeType outer) {
    return switch (outer) {
      case MOVED -> Relation.NONE;
      case REMOVED -> Relation.DELETE_VS_EDIT;
      default -> Relation.BOTH_CHANGED;
    };
  }
}
