package id.klik.tenancy.application;

import id.klik.tenancy.domain.TenantManifest;

/**
 * Where a tenant's people and organization live (Keycloak), as onboarding needs it. Identity
 * provides it, so tenancy does not depend on identity. Every call is idempotent.
 */
public interface TenantDirectory {

  /** Whether the directory answers (start-up waits for it). */
  boolean reachable();

  /** The id of the tenant's organization, created when missing. */
  String ensureOrganization(String slug, String name);

  /**
   * Makes the person an account, a member of the organization and, in the current tenant's schema,
   * a member with at least the manifest's roles. Runs inside the tenant.
   */
  void ensureMember(String organizationId, TenantManifest.Member member);
}
