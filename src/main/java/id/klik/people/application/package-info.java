/**
 * Team use cases ({@code TeamService}) and the read API other contexts use to attach their work to
 * teams ({@code TeamDirectory}); the national mentor registry, a tenant's acceptances, guest access
 * and team grants for accepted mentors, the mentor's home across tenants, and seeding from the
 * manifest. Transactions start here; the tenant is the current one.
 */
package id.klik.people.application;
