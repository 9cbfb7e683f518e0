/**
 * The browser's side of identity: the OIDC login, the session's login, the invitation page where an
 * invited person sets their password, and the members page of clinic admins and staff. Beans wire
 * pages to {@code identity.application}; no rules live here.
 */
package id.klik.identity.web;
