package id.klik.index.domain;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One region's self-assessment for a cycle: the level chosen for each region measure (by measure
 * id), the innovations entered, and the application window when the cycle has one ({@code null}:
 * every entered innovation counts).
 */
public record Assessment(
    Map<String, ChosenLevel> region,
    List<EnteredInnovation> innovations,
    ApplicationWindow window) {

  public Assessment {
    region = region == null ? Map.of() : Map.copyOf(region);
    innovations = innovations == null ? List.of() : List.copyOf(innovations);
  }

  ChosenLevel regionLevel(String measureId) {
    return region.getOrDefault(measureId, ChosenLevel.declared(0));
  }

  /** The innovations that count: all entered ones, or those applied inside the window. */
  List<EnteredInnovation> counted() {
    return window == null
        ? innovations
        : innovations.stream().filter(i -> window.contains(i.appliedOn())).toList();
  }

  List<EnteredInnovation> outsideWindow() {
    return window == null
        ? List.of()
        : innovations.stream().filter(i -> !window.contains(i.appliedOn())).toList();
  }

  Assessment withRegion(String measureId, ChosenLevel level) {
    Map<String, ChosenLevel> changed = new HashMap<>(region);
    changed.put(measureId, level);
    return new Assessment(changed, innovations, window);
  }

  Assessment withInnovation(String innovationId, String measureId, ChosenLevel level) {
    List<EnteredInnovation> changed =
        innovations.stream()
            .map(i -> i.innovationId().equals(innovationId) ? i.with(measureId, level) : i)
            .toList();
    return new Assessment(region, changed, window);
  }

  Assessment plus(EnteredInnovation innovation) {
    List<EnteredInnovation> changed = new ArrayList<>(innovations);
    changed.add(innovation);
    return new Assessment(region, changed, window);
  }
}
