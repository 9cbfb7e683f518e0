package id.klik.index.domain;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * An innovation entered in a cycle: its government affairs (the primary one and the others, by the
 * codes of the government affairs master list), its application date, and the level chosen for each
 * of the model's innovation measures (by measure id; a measure not listed is level 0).
 */
public record EnteredInnovation(
    String innovationId,
    String primaryAffair,
    Set<String> otherAffairs,
    LocalDate appliedOn,
    Map<String, ChosenLevel> levels) {

  public EnteredInnovation {
    otherAffairs = otherAffairs == null ? Set.of() : Set.copyOf(otherAffairs);
    levels = levels == null ? Map.of() : Map.copyOf(levels);
  }

  /** The primary affair and the others: what the coverage rule counts. */
  public Set<String> affairs() {
    Set<String> all = new LinkedHashSet<>();
    if (primaryAffair != null) {
      all.add(primaryAffair);
    }
    all.addAll(otherAffairs);
    return all;
  }

  ChosenLevel level(String measureId) {
    return levels.getOrDefault(measureId, ChosenLevel.declared(0));
  }

  EnteredInnovation with(String measureId, ChosenLevel level) {
    Map<String, ChosenLevel> changed = new java.util.HashMap<>(levels);
    changed.put(measureId, level);
    return new EnteredInnovation(innovationId, primaryAffair, otherAffairs, appliedOn, changed);
  }
}
