/** The read-only repository over the current tenant's {@code audit_log}. */
package id.klik.audit.infrastructure;
