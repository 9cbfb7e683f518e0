package id.klik.tenancy.web;

import id.klik.tenancy.application.TenantRegistry;
import id.klik.tenancy.domain.TenantRef;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** The public landing page: the clinics that are open. */
@Named
@RequestScoped
public class LandingPage {

  @Inject TenantRegistry registry;

  public List<TenantRef> getTenants() {
    return registry.active();
  }
}
