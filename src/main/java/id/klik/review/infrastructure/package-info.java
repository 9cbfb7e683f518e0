/** Competitions, registrations and reviews of the current tenant in JPA. */
package id.klik.review.infrastructure;
