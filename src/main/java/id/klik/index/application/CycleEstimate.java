package id.klik.index.application;

import id.klik.index.domain.IndexEstimates;
import java.util.List;

/**
 * The two estimates of a cycle (declared and evidenced) with their breakdowns, what the model does
 * not allow to compute, and the figures the product derived.
 */
public record CycleEstimate(
    CycleView cycle, IndexEstimates estimates, List<CycleSheet.DerivedFigure> derived) {

  public CycleEstimate {
    derived = List.copyOf(derived);
  }
}
