/**
 * REST resources: {@code /api/platform/mentors}, {@code /t/{slug}/api/mentors} and the mentor's
 * home {@code /api/mentor/tenants}.
 */
package id.klik.people.api;
