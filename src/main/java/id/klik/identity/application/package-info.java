/**
 * The caller of the request ({@code CurrentUser}), the access gate at the edge and the one
 * permission service ({@code Permissions}) every page, resource and service asks; member
 * administration ({@code MemberAdministration}: Keycloak first, then one transaction, undone in
 * Keycloak when that fails) and the invited person's side ({@code Invitations}).
 */
package id.klik.identity.application;
