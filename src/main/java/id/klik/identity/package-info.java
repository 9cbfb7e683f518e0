/**
 * Who is calling and what they may do: the app's own thin Keycloak adapter (OIDC login for the
 * browser, bearer-token validation for the API, organization and member provisioning through
 * Keycloak's admin REST API), the tenant memberships with their roles, and the access decision
 * ({@code AccessPolicy}: a plain {@code AccessDecision}, answered by the edge). Provides tenancy's
 * ports ({@code TenantDirectory}, {@code PlatformCaller}) and the audit's subject. Member
 * administration lives here too: invitations (a pending membership, a hashed one-time token, a
 * mail, the set-password page), roles, deactivation, CSV import. It needs a work unit and the
 * outbox, which belong to contexts above it, so it asks two ports of its own ({@code
 * MemberWorkUnits}, implemented by organization; {@code InvitationMail}, implemented by mail).
 * Depends on {@code shared} and {@code tenancy}.
 */
package id.klik.identity;
