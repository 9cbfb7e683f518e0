package id.klik.index.domain;

import java.math.BigDecimal;

/**
 * One indicator's share of the total: its points (for an innovation indicator, summed over the
 * innovations) and what they add to the total (for an innovation indicator, divided by the
 * divisor).
 */
public record IndicatorScore(
    String aspectCode,
    int number,
    String indicatorId,
    BigDecimal points,
    BigDecimal contribution) {}
