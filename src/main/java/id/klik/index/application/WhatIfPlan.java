package id.klik.index.application;

import java.math.BigDecimal;
import java.util.List;

/**
 * The steps that bring the evidenced estimate to a target category.
 *
 * @param reached whether they reach it; when not, no further single change gains
 * @param index the evidenced index after the steps
 * @param category the category code after the steps
 */
public record WhatIfPlan(
    String target, boolean reached, List<WhatIfStep> steps, BigDecimal index, String category) {

  public WhatIfPlan {
    steps = List.copyOf(steps);
  }
}
