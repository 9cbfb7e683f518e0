package id.klik.tenancy.web;

import id.klik.identity.application.AccessGate;
import id.klik.shared.web.EdgeResponses;
import id.klik.tenancy.application.TenantRegistry;
import id.klik.tenancy.application.TenantScope;
import id.klik.tenancy.domain.TenantRef;
import id.klik.tenancy.domain.TenantStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;

/**
 * Serves a request addressed to a tenant: unknown tenant 404, suspended or not yet onboarded 503,
 * then the access gate, then a forward to the internal page or API path with the tenant set for
 * everything below (and cleared afterwards, whatever happens).
 */
@ApplicationScoped
public class TenantRouter {

  public static final String TENANT = "klik.tenant";
  public static final String TENANT_SLUG = "klik.tenantSlug";
  public static final String TENANT_BASE = "klik.tenantBase";

  @Inject TenantRegistry registry;
  @Inject AccessGate gate;

  public void route(TenantPath path, HttpServletRequest req, HttpServletResponse res)
      throws IOException, ServletException {
    Optional<TenantRef> found = registry.find(path.slug());
    boolean api = path.isApi();
    if (found.isEmpty()) {
      EdgeResponses.error(res, api, 404, "tenant.unknown", path.slug());
      return;
    }
    TenantRef tenant = found.get();
    if (tenant.status() == TenantStatus.SUSPENDED) {
      EdgeResponses.error(res, api, 503, "tenant.suspended", tenant.name());
      return;
    }
    if (tenant.status() != TenantStatus.ACTIVE) {
      EdgeResponses.error(res, api, 503, "tenant.notReady", tenant.name());
      return;
    }
    Optional<String> internal = path.internalPath();
    if (internal.isEmpty()) {
      EdgeResponses.error(res, api, 404, "error.notFoundPath");
      return;
    }
    req.setAttribute(TENANT, tenant);
    req.setAttribute(TENANT_SLUG, tenant.slug());
    req.setAttribute(TENANT_BASE, req.getContextPath() + path.base());
    try (TenantScope scope = TenantScope.enter(tenant)) {
      if (!gate.admitTenant(req, res, tenant.slug(), api)) {
        return;
      }
      registry.touch(tenant.slug());
      req.getRequestDispatcher(internal.get()).forward(req, res);
    }
  }
}
