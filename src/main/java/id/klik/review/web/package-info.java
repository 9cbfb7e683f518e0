/** Faces pages of reviews and competitions: my reviews, the review sheet, the competition board. */
package id.klik.review.web;
