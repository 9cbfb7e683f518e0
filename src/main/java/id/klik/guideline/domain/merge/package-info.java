/**
 * Comparing and merging template versions on their document tree, the same way for every kind.
 *
 * <p>Lists whose items carry a stable {@code id} (steps, checklist items, fields, criteria, ...)
 * and lists of distinct plain values (references, file types) are compared item by item, so a
 * change is "criterion 'novelty': weight changed from 25 to 30", not "item 3 changed". Other lists
 * are compared as one value. {@link TemplateDiff} lists the changes between two versions; {@link
 * ThreeWayMerge} plans how a tenant's customized copy takes a newer upstream version: it keeps the
 * tenant's changes, applies only the upstream changes a person chose, and never decides a conflict
 * by itself.
 *
 * <p>Depends on Jackson and, for a decision that names no change of the plan, {@code
 * id.klik.shared.domain}'s {@code ValidationException}.
 */
package id.klik.guideline.domain.merge;
