/**
 * The tenant's people beyond their memberships: innovator teams (a work unit's team with its
 * members and one leader) and national mentors (a platform-level registry, each tenant's
 * acceptances, the mentor's home across tenants). Depends on {@code shared}, {@code tenancy},
 * {@code identity} (memberships, permissions) and {@code organization} (work units) through their
 * {@code application} and {@code domain} only; identity asks it through {@code GuestAccess} and
 * {@code PermissionGrants} without depending on it.
 */
package id.klik.people;
