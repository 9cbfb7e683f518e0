package id.klik.tenancy.application;

import id.klik.tenancy.domain.TenantRef;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The tenant of the current request or job, set once at the edge and cleared in {@code finally}.
 * Code below reads it from here and never takes a tenant parameter it could get wrong.
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

  /** Sets (or, with null, clears) the current tenant; callers restore it in {@code finally}. */
  static void set(TenantRef tenant) {
    if (tenant == null) {
      CURRENT.remove();
    } else {
      CURRENT.set(tenant);
    }
  }

  /** Runs work as the given tenant, restoring whatever was current before. */
  public static <T> T callAs(TenantRef tenant, Supplier<T> work) {
    TenantRef previous = CURRENT.get();
    CURRENT.set(tenant);
    try {
      return work.get();
    } finally {
      if (previous == null) {
        CURRENT.remove();
      } else {
        CURRENT.set(previous);
      }
    }
  }

  public static void runAs(TenantRef tenant, Runnable work) {
    callAs(
        tenant,
        () -> {
          work.run();
          return null;
        });
  }
}
