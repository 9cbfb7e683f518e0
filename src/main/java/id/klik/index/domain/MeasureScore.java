package id.klik.index.domain;

import java.math.BigDecimal;

/** What one measure scores: its weight × the level that counts. */
public record MeasureScore(
    int indicatorNumber,
    String indicatorId,
    String measureId,
    BigDecimal weight,
    int level,
    BigDecimal points) {}
