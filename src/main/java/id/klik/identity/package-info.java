/**
 * Who is calling and what they may do: the app's own thin Keycloak adapter (OIDC login for the
 * browser, bearer-token validation for the API, organization and member provisioning through
 * Keycloak's admin REST API) and the tenant memberships with their roles. Depends on {@code shared}
 * and {@code tenancy}'s context.
 */
package id.klik.identity;
