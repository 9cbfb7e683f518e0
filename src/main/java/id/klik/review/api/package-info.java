/**
 * The REST API of reviews and competitions: {@code /t/<slug>/api/competitions} and {@code
 * /reviews}.
 */
package id.klik.review.api;
