package id.klik.tenancy.application;

import id.klik.tenancy.domain.TenantRef;
import id.klik.tenancy.infrastructure.JdbcTenantStore;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.logging.Logger;

/**
 * The one way, besides the edge, into a tenant: work that is not a request of that tenant
 * (onboarding, national mentors, lineage, the national view) names why it enters, enters each
 * tenant in turn through {@link TenantScope} and leaves it in {@code finally}, and leaves an audit
 * line in the platform's audit per tenant entered. Never write a loop around the tenant context.
 *
 * <p>Each tenant's work should be its own transaction (a {@code @Transactional} service called
 * inside): entering a tenant inside a running transaction fails, see {@link TenantScope}.
 */
@ApplicationScoped
public class AcrossTenants {

  private static final Logger LOG = Logger.getLogger(AcrossTenants.class.getName());
  static final String ENTERED = "ENTER_TENANT";

  @Inject JdbcTenantStore store;

  /** What the work gave in one tenant, or how it failed there. */
  public record Outcome<T>(TenantRef tenant, T value, RuntimeException failure) {
    public boolean failed() {
      return failure != null;
    }
  }

  /**
   * Runs the work in each tenant in turn. A failure in one tenant is kept in its outcome and the
   * others still run, as with the migrator. The audit lines of all the tenants are written before
   * the first is entered, in one commit: one per tenant entered (a mentor's home enters dozens).
   */
  public <T> List<Outcome<T>> forEach(
      Collection<TenantRef> tenants, String reason, Function<TenantRef, T> work) {
    requireReason(reason);
    recordEntries(tenants, reason);
    List<Outcome<T>> outcomes = new ArrayList<>(tenants.size());
    for (TenantRef tenant : tenants) {
      try {
        outcomes.add(new Outcome<>(tenant, enter(tenant, () -> work.apply(tenant)), null));
      } catch (RuntimeException e) {
        LOG.warning(() -> "tenant=" + tenant.slug() + " " + reason + " failed: " + e);
        outcomes.add(new Outcome<>(tenant, null, e));
      }
    }
    return outcomes;
  }

  /** Runs the work in one tenant that is not the request's (e.g. while onboarding it). */
  public <T> T in(TenantRef tenant, String reason, Supplier<T> work) {
    requireReason(reason);
    recordEntry(tenant, reason);
    return enter(tenant, work);
  }

  private static <T> T enter(TenantRef tenant, Supplier<T> work) {
    try (TenantScope scope = TenantScope.enter(tenant)) {
      return work.get();
    }
  }

  private static void requireReason(String reason) {
    if (reason == null || reason.isBlank()) {
      throw new IllegalArgumentException("entering a tenant needs a reason for the audit");
    }
  }

  /** One line per tenant in the platform audit, in one commit, before the first is entered. */
  void recordEntries(Collection<TenantRef> tenants, String reason) {
    store.auditEach("system", ENTERED, tenants.stream().map(TenantRef::slug).toList(), reason);
  }

  /** One line in the platform audit, written before the tenant is entered. */
  void recordEntry(TenantRef tenant, String reason) {
    store.audit("system", ENTERED, tenant.slug(), reason);
  }

  public void run(TenantRef tenant, String reason, Runnable work) {
    in(
        tenant,
        reason,
        () -> {
          work.run();
          return null;
        });
  }
}
