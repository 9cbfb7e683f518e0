/**
 * The audit trail viewer: a clinic admin reads who did what and when in their tenant, filtered,
 * paged and exported as CSV. Reads {@code audit_log} through its own repository; the writing seam
 * stays {@code shared.audit}, which knows nothing of this context. Depends on {@code shared},
 * {@code identity} (the permission) and {@code tenancy} (the tenant's time zone).
 */
package id.klik.audit;
