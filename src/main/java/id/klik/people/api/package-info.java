/**
 * REST resources of the people context, with their DTOs: {@code /t/{slug}/api/teams}, {@code
 * /t/{slug}/api/mentors}, {@code /api/platform/mentors} and the mentor's home {@code
 * /api/mentor/tenants}.
 */
package id.klik.people.api;
