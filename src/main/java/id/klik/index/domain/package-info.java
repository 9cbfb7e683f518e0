/**
 * The index formula in plain Java, driven only by a yearly index model: Σ weight × level per aspect
 * (region measures once, innovation measures per innovation), the divisor MAX(minimum, n), the
 * number-of-innovations score with its cap and coverage rule, the normalization and the category
 * thresholds ({@link id.klik.index.domain.IndexFormula}); two estimates side by side, declared and
 * evidenced, each explained by a breakdown; where the model lacks a figure, a note of what cannot
 * be computed and why, never an invented number. What-if steps ranked by index gain and the
 * shortest list of steps to a target category ({@link id.klik.index.domain.WhatIf}).
 *
 * <p>May depend on {@code id.klik.shared.domain} and on the template model of {@code
 * id.klik.guideline.domain} ({@link id.klik.guideline.domain.IndexModelBody} and its parts); no
 * Jakarta EE, no other context. No year appears as a constant here: every figure is model data.
 */
package id.klik.index.domain;
