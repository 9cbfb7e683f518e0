package id.klik.guideline.application;

import id.klik.tenancy.application.TenantsReconciled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

/** Reads the templates published beside the tenants again once a reconcile run has finished. */
@ApplicationScoped
public class TemplateReloading {

  @Inject TemplateLibrary library;

  void reload(@Observes TenantsReconciled reconciled) {
    library.reload();
  }
}
