/**
 * Reviews and the city competition (C6 review, C4 competition): reviewers assigned to proposals
 * score them on the template's rubric, blind when asked, conflicts of interest excluded; a
 * competition registers teams' proposals, screens them with the template's checklist, ranks them
 * (per category when the template says so), chooses finalists and publishes results. Depends on
 * {@code shared}, {@code tenancy}, {@code identity}, {@code organization}, {@code people}, {@code
 * guideline}, {@code innovation}, {@code proposal} and {@code mail} through their {@code
 * application} and {@code domain} only; nothing depends on it.
 */
package id.klik.review;
