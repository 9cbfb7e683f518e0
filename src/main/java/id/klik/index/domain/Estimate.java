package id.klik.index.domain;

import java.math.BigDecimal;
import java.util.List;

/**
 * One estimate of the index (declared or evidenced). A figure the model does not allow to compute
 * is {@code null}, and {@link IndexEstimates#notComputable()} says why.
 *
 * @param spd Σ weight × level of the region measures
 * @param sidSum Σ over counted innovations of Σ weight × level of the innovation measures
 * @param sidAverage {@code sidSum / divisor}
 * @param divisor MAX(the model's minimum, n)
 * @param innovations n, the innovations that count (entered and inside the window)
 * @param numberScore MIN(n, cap) × points per innovation, at most the model's maximum; 0 when the
 *     coverage rule is not met
 * @param basicAffairsCovered how many of the coverage rule's affairs the counted innovations cover;
 *     {@code null} when the model has no coverage rule
 * @param missingBasicAffairs the coverage rule's affairs no counted innovation covers
 * @param total {@code spd + sidAverage + numberScore}, exact
 * @param index {@code total / maximum total × normalizeTo}, rounded half up to two decimals as the
 *     categories are written
 * @param category the model's category containing {@code index}
 */
public record Estimate(
    BigDecimal spd,
    BigDecimal sidSum,
    BigDecimal sidAverage,
    Integer divisor,
    int innovations,
    BigDecimal numberScore,
    Integer basicAffairsCovered,
    List<String> missingBasicAffairs,
    BigDecimal total,
    BigDecimal index,
    IndexCategory category,
    Breakdown breakdown) {

  public Estimate {
    missingBasicAffairs = List.copyOf(missingBasicAffairs);
  }
}
