package id.klik.index.domain;

import java.math.BigDecimal;

/**
 * A change with what it gains: {@code gain} on the evidenced index (what verification counts),
 * {@code declaredGain} on the declared one; both unrounded index points.
 */
public record RankedChange(Change change, BigDecimal gain, BigDecimal declaredGain) {}
