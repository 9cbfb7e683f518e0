/** Reading and exporting the audit trail, for those with the {@code AUDIT_VIEW} permission. */
package id.klik.audit.application;
