/**
 * The review rules as plain Java: scoring on a rubric, aggregation (weighted mean per reviewer,
 * mean across complete reviews), the spread alert, ranking with explained ties, finalists per
 * category and conflicts of interest; the competition, its registrations and reviews as entities.
 */
package id.klik.review.domain;
