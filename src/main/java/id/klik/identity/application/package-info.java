/**
 * The caller of the request ({@code CurrentUser}), the access gate at the edge and the one
 * permission service ({@code Permissions}) every page, resource and service asks.
 */
package id.klik.identity.application;
