/** REST resources of the people context under {@code /t/{slug}/api/teams}, with their DTOs. */
package id.klik.people.api;
