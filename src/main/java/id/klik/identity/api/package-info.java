/**
 * The members API under {@code /t/<slug>/api/members}: list and search, invite, change roles and
 * work unit, deactivate, re-invite, CSV import. Wires requests to {@code
 * identity.application.MemberAdministration}; no rules live here.
 */
package id.klik.identity.api;
