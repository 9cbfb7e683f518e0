package id.klik.tenancy.application;

/**
 * Fired after a reconcile run has brought the registry in line with {@code tenants/}: contexts that
 * read the tenants folder themselves (published templates beside a tenant) read it again.
 */
public record TenantsReconciled() {}
