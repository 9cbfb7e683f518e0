/**
 * The guideline template domain in plain Java: the template kinds and their model, reading and
 * checking a template file, the lifecycle (draft, published, visibility, adoption with provenance,
 * tenant customization, upstream update) and lineage.
 *
 * <p>May depend on {@code id.klik.shared.yaml}, Jackson and SnakeYAML only; no Jakarta EE, no
 * persistence. Comparing and merging versions lives in {@code id.klik.guideline.domain.merge}.
 */
package id.klik.guideline.domain;
