package id.klik.tenancy.web;

import id.klik.tenancy.application.PlatformCaller;
import id.klik.tenancy.application.ReconcileProgress;
import id.klik.tenancy.application.TenantReconciler;
import id.klik.tenancy.domain.TenantSummary;
import id.klik.tenancy.infrastructure.JdbcTenantStore;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/** Wires the platform console (tenants, reconcile with progress) to the tenancy services. */
@Named
@ViewScoped
public class PlatformConsolePage implements Serializable {

  @Inject JdbcTenantStore store;
  @Inject TenantReconciler reconciler;
  @Inject PlatformCaller currentUser;

  private List<TenantSummary> tenants;

  @jakarta.annotation.PostConstruct
  void guard() {
    currentUser.requirePlatformAdmin();
  }

  public List<TenantSummary> getTenants() {
    if (tenants == null) {
      tenants = store.summaries();
    }
    return tenants;
  }

  public void reconcile() {
    reconciler.start("console", currentUser.actor());
    store.audit(currentUser.actor(), "RECONCILE", null, "via console");
  }

  /** Called by the poll: refreshes the table while a run is going. */
  public void refresh() {
    tenants = null;
  }

  public ReconcileProgress getProgress() {
    return reconciler.progress().orElse(null);
  }

  public boolean isRunning() {
    ReconcileProgress p = getProgress();
    return p != null && p.running();
  }
}
