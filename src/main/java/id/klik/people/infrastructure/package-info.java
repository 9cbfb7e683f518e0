/**
 * JPA repositories of the people context, over the current tenant's schema (and, for national
 * mentors and the index of acceptances, the platform's).
 */
package id.klik.people.infrastructure;
