/**
 * Review and competition services: assigning reviewers with conflict-of-interest checks, scoring,
 * registrations and screening, ranking, finalists and published results; the reviewer's grant on
 * the proposals assigned to them.
 */
package id.klik.review.application;
