package id.klik.tenancy.application;

import id.klik.tenancy.domain.TenantRef;

/** A try-with-resources handle on {@link TenantContext} for code that throws checked exceptions. */
public final class TenantScope implements AutoCloseable {

  private final TenantRef previous;

  private TenantScope(TenantRef previous) {
    this.previous = previous;
  }

  public static TenantScope enter(TenantRef tenant) {
    TenantRef previous = TenantContext.current().orElse(null);
    TenantContext.set(tenant);
    return new TenantScope(previous);
  }

  @Override
  public void close() {
    TenantContext.set(previous);
  }
}
