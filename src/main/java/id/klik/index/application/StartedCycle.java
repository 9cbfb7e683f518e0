package id.klik.index.application;

import id.klik.index.domain.ModelDifference;
import java.util.List;
import java.util.UUID;

/**
 * A cycle just started, and when it was carried over from an earlier one: what changed between the
 * two models and what was carried (each carried level waits for its re-confirmation).
 *
 * @param difference null when nothing was carried over
 * @param notCarried innovations of the earlier cycle not entered again, because they were entered
 *     in two cycles already
 */
public record StartedCycle(
    CycleView cycle,
    ModelDifference difference,
    int carriedLevels,
    int carriedInnovations,
    List<UUID> notCarried) {

  public StartedCycle {
    notCarried = List.copyOf(notCarried);
  }
}
