/**
 * The tenant's people beyond their memberships: innovator teams (a work unit's team with its
 * members and one leader), later the national mentors a tenant accepted. Depends on {@code shared},
 * {@code identity} (memberships, permissions) and {@code organization} (work units) through their
 * {@code application} and {@code domain} only.
 */
package id.klik.people;
