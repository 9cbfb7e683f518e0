package id.klik.tenancy.domain;

/**
 * Where a tenant's manifest lives. A folder in {@code tenants/} always wins for its slug: the
 * repository is what a deployment is reviewed and rebuilt from.
 */
public enum TenantSource {
  /** {@code tenants/<slug>/tenant.yaml}; its settings change in the repository only. */
  REPOSITORY,
  /** Created through the platform API or console; its manifest is kept in the registry row. */
  API
}
