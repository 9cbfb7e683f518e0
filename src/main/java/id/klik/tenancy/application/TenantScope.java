package id.klik.tenancy.application;

import id.klik.tenancy.domain.TenantRef;
import java.util.Optional;

/**
 * The one way into a tenant: {@code try (TenantScope s = TenantScope.enter(tenant)) {...}} sets the
 * tenant and restores the previous one on close. Only the edge (once per request) and {@link
 * AcrossTenants} call it; an architecture test keeps it so.
 *
 * <p>A database transaction reads the tenant once, when its connection is taken (see {@link
 * TransactionPin}); switching to another tenant inside it would change nothing but the Java side,
 * and the next statement would still run in the first tenant's schema. Such a switch fails loudly,
 * as does a switch from one tenant to another while any transaction is open.
 */
public final class TenantScope implements AutoCloseable {

  private final TenantRef previous;
  private boolean closed;

  private TenantScope(TenantRef previous) {
    this.previous = previous;
  }

  /**
   * Enters the tenant.
   *
   * @throws IllegalStateException when the current transaction already works in another tenant's
   *     schema
   */
  public static TenantScope enter(TenantRef tenant) {
    Optional<String> pinned = TransactionPin.schema();
    if (pinned.isPresent() && !pinned.get().equals(tenant.schema())) {
      throw new IllegalStateException(
          "cannot enter tenant "
              + tenant.slug()
              + " inside a transaction that works in schema "
              + pinned.get()
              + ": enter the tenant before the transaction begins");
    }
    Optional<TenantRef> current = TenantContext.current();
    if (TransactionPin.active()
        && current.isPresent()
        && !current.get().schema().equals(tenant.schema())) {
      // its connection would keep whichever tenant touches the database first, and the code
      // after the scope would run in the other one's schema
      throw new IllegalStateException(
          "cannot switch from tenant "
              + current.get().slug()
              + " to "
              + tenant.slug()
              + " inside a transaction: enter the tenant before the transaction begins");
    }
    TenantRef previous = TenantContext.current().orElse(null);
    TenantContext.set(tenant);
    return new TenantScope(previous);
  }

  @Override
  public void close() {
    if (!closed) {
      closed = true;
      TenantContext.set(previous);
    }
  }
}
