package id.klik.tenancy.application;

import id.klik.tenancy.domain.TenantRef;

/**
 * What a slug names, as a plain answer: the edge turns it into the tenant's page, a 404 or a 503.
 * Only a {@link Found} tenant is ever entered.
 */
public sealed interface TenantResolution {

  /** An active tenant that serves requests. */
  record Found(TenantRef tenant) implements TenantResolution {}

  /** No tenant has this slug. */
  record Unknown(String slug) implements TenantResolution {}

  /** Switched off by the platform; its data stays but nobody enters. */
  record Suspended(TenantRef tenant) implements TenantResolution {}

  /** Registered but onboarding has not finished (or failed). */
  record NotReady(TenantRef tenant) implements TenantResolution {}

  static TenantResolution of(String slug, java.util.Optional<TenantRef> found) {
    if (found.isEmpty()) {
      return new Unknown(slug);
    }
    TenantRef tenant = found.get();
    return switch (tenant.status()) {
      case ACTIVE -> new Found(tenant);
      case SUSPENDED -> new Suspended(tenant);
      default -> new NotReady(tenant);
    };
  }
}
