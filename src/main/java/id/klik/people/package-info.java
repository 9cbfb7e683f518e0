/**
 * People of the clinics beyond their memberships: innovator teams, and national mentors (a
 * platform-level registry, each tenant's acceptances, the mentor's home across tenants). Depends on
 * identity, organization and tenancy ({@code application}, {@code domain}); no context depends on
 * it (identity asks it through {@code GuestAccess} and {@code PermissionGrants}).
 */
package id.klik.people;
