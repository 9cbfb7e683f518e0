/**
 * Editing a template in a form: an outline of the parts people commonly customize (a clinic's steps
 * and checklists, a form's sections, a rubric's criteria and weights) and its write-back onto the
 * template's document tree.
 *
 * <p>The write-back changes only what was edited: every other field, unknown or not shown, keeps
 * its value and its place, and a text keeps the form it was written in (plain or {@code {id, en}})
 * until it is edited. Ids of existing items never change, because versions are compared and merged
 * by them ({@code id.klik.guideline.domain.merge}); a new item gets an id made from its Indonesian
 * text, unique in its list. The outline does not judge the result: the edited tree is checked by
 * {@code TemplateReader} like any other template.
 *
 * <p>Depends on Jackson only.
 */
package id.klik.guideline.domain.edit;
