package id.klik.index.api;

import id.klik.index.application.WhatIfPlan;
import id.klik.index.application.WhatIfStep;
import java.util.List;

/**
 * What-if of a cycle: every single change that raises the evidenced index, the largest gain first,
 * and with {@code ?target=} the plan of steps to that category.
 */
public record WhatIfDto(int year, List<WhatIfStep> steps, WhatIfPlan plan) {}
