/**
 * Transactional services of the people context: the national mentor registry, a tenant's
 * acceptances, guest access and team grants for accepted mentors, the mentor's home across tenants,
 * and seeding from the manifest.
 */
package id.klik.people.application;
