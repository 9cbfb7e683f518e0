/**
 * The index cycles of a tenant ({@link id.klik.index.application.IndexCycles}): a cycle per year on
 * an adopted index model, its region and innovation levels with their evidence, the estimates,
 * what-if, readiness, carry-over and comparison. Uses the {@code guideline} context's adopted
 * templates and the {@code innovation} context's application services only.
 */
package id.klik.index.application;
