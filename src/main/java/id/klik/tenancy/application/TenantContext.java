package id.klik.tenancy.application;

import id.klik.tenancy.domain.TenantRef;
import java.util.Optional;

/**
 * The tenant of the current request or job, read by code below the edge, which never takes a tenant
 * parameter it could get wrong. It is entered only through {@link TenantScope#enter} (the edge,
 * once per request) or {@link AcrossTenants} (work that spans tenants), both leaving it in {@code
 * finally}.
 */
public final class TenantContext {

  private static final ThreadLocal<TenantRef> CURRENT = new ThreadLocal<>();

  private TenantContext() {}

  public static Optional<TenantRef> current() {
    return Optional.ofNullable(CURRENT.get());
  }

  public static TenantRef require() {
    TenantRef tenant = CURRENT.get();
    if (tenant == null) {
      throw new IllegalStateException("no tenant in this context");
    }
    return tenant;
  }

  /** Sets (or, with null, clears) the current tenant; only {@link TenantScope} calls it. */
  static void set(TenantRef tenant) {
    if (tenant == null) {
      CURRENT.remove();
    } else {
      CURRENT.set(tenant);
    }
  }
}
