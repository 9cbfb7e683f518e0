package id.klik.index.domain;

import java.util.List;

/**
 * The steps that bring the evidenced estimate to a target category, in order, and where they lead.
 *
 * @param reached whether the steps reach the target; when not, no further single change gains
 */
public record StepPlan(
    IndexCategory target, List<RankedChange> steps, boolean reached, Estimate result) {

  public StepPlan {
    steps = List.copyOf(steps);
  }
}
