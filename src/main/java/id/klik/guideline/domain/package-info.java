/**
 * The guideline template domain in plain Java: the template kinds and their model, reading and
 * checking a template file, the lifecycle and its rules (a draft, publishing with the rules of
 * {@link id.klik.guideline.domain.TemplateDraft#publish}, visibility, adoption with provenance,
 * tenant customization, upstream update) and where a new draft starts ({@link
 * id.klik.guideline.domain.DraftStart}, edits of the tree, never of the YAML text).
 *
 * <p>A broken rule is a {@code shared.domain} exception with a message key ({@link
 * id.klik.guideline.domain.TemplateRuleException}, {@link
 * id.klik.guideline.domain.InvalidTemplateException}); the edge says it in the user's language.
 *
 * <p>May depend on {@code id.klik.shared.domain}, {@code id.klik.shared.yaml}, Jackson and
 * SnakeYAML, and on the JPA mapping annotations of the two aggregates a tenant stores ({@link
 * id.klik.guideline.domain.AdoptedTemplate}, {@link id.klik.guideline.domain.DraftFile}); no other
 * Jakarta EE. Comparing and merging versions lives in {@code id.klik.guideline.domain.merge}, the
 * form editor's outline in {@code id.klik.guideline.domain.edit}.
 */
package id.klik.guideline.domain;
