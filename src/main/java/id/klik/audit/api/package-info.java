/** REST resource of the audit trail: {@code /t/{slug}/api/audit} (JSON) and its CSV export. */
package id.klik.audit.api;
