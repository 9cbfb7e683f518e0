package id.klik.guideline.domain.merge;

import java.util.Map;
import java.util.Set;

/**
 * What a person decided: the upstream changes to take (by change id) and, for those that conflict
 * with the tenant's own changes, how to resolve each.
 */
public record MergeDecisions(Set<String> chosen, Map<String, Resolution> resolutions) {

  public static final MergeDecisions NOTHING = new MergeDecisions(Set.of(), Map.of());

  public MergeDecisions {
    chosen = Set.copyOf(chosen);
    resolutions = Map.copyOf(resolutions);
  }

  public static MergeDecisions choose(Set<String> chosen) {
    return new MergeDecisions(chosen, Map.of());
  }

  public MergeDecisions resolve(String changeId, Resolution resolution) {
    Map<String, Resolution> more = new java.util.HashMap<>(resolutions);
    more.put(changeId, resolution);
    return new MergeDecisions(chosen, more);
  }
}
