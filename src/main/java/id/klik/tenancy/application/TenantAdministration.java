package id.klik.tenancy.application;

import id.klik.shared.domain.ConflictException;
import id.klik.shared.domain.NotFoundException;
import id.klik.tenancy.domain.OnboardingStep;
import id.klik.tenancy.domain.TenantStatus;
import id.klik.tenancy.domain.TenantSummary;
import id.klik.tenancy.infrastructure.JdbcTenantStore;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;

/**
 * What a platform admin does to the tenants of the deployment: list them, reconcile {@code
 * tenants/} now, suspend and resume one. Every change is recorded in the platform audit.
 */
@ApplicationScoped
public class TenantAdministration {

  @Inject JdbcTenantStore store;
  @Inject TenantRegistry registry;
  @Inject TenantReconciler reconciler;
  @Inject PlatformCaller currentUser;

  /** Every tenant with status, schema version, migration and onboarding state. */
  public List<TenantSummary> tenants() {
    currentUser.requirePlatformAdmin();
    return store.summaries();
  }

  /** Starts a reconcile run in the background, or returns the one running. */
  public ReconcileProgress reconcile(String via) {
    currentUser.requirePlatformAdmin();
    ReconcileProgress progress = reconciler.start(via, currentUser.actor());
    store.audit(currentUser.actor(), "RECONCILE", null, "via " + via);
    return progress;
  }

  /** The latest reconcile run since start-up. */
  public Optional<ReconcileProgress> reconcileProgress() {
    currentUser.requirePlatformAdmin();
    return reconciler.progress();
  }

  /** Its pages and API answer 503 until resumed; its data stays as it is. */
  public TenantSummary suspend(String slug) {
    return changeStatus(slug, TenantStatus.SUSPENDED, "SUSPEND");
  }

  public TenantSummary resume(String slug) {
    return changeStatus(slug, TenantStatus.ACTIVE, "RESUME");
  }

  /**
   * Only a tenant that finished onboarding changes status: resuming one still being set up (or
   * whose onboarding failed) would serve requests from a half-made schema, and suspending it would
   * be undone by the onboarding that completes it.
   */
  private TenantSummary changeStatus(String slug, TenantStatus status, String action) {
    currentUser.requirePlatformAdmin();
    JdbcTenantStore.Row row =
        store.find(slug).orElseThrow(() -> new NotFoundException("tenant", slug));
    if (row.step() != OnboardingStep.DONE) {
      throw new ConflictException("tenant.notOnboarded", row.ref().name());
    }
    store.setStatus(slug, status);
    store.audit(currentUser.actor(), action, slug, null);
    registry.reload();
    return store.summaries().stream().filter(t -> t.slug().equals(slug)).findFirst().orElseThrow();
  }
}
