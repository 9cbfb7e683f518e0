package id.klik.edge;

import id.klik.shared.web.ErrorAnswers;
import id.klik.shared.web.RequestInfo;
import id.klik.tenancy.application.TenantRegistry;
import id.klik.tenancy.application.TenantResolution;
import id.klik.tenancy.application.TenantScope;
import id.klik.tenancy.domain.TenantRef;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;

/**
 * Serves a request addressed to a tenant: the registry's resolution answered (unknown 404,
 * suspended or not yet onboarded 503), then the access gate (skipped for the invitation page only,
 * see {@link TenantPath#isInvitation}), then a forward to the internal page or API path with the
 * tenant entered for everything below (and left afterwards, whatever happens).
 */
@ApplicationScoped
public class TenantRouter {

  @Inject TenantRegistry registry;
  @Inject AccessGate gate;

  void route(TenantPath path, HttpServletRequest req, HttpServletResponse res)
      throws IOException, ServletException {
    boolean api = path.isApi();
    TenantResolution resolution = registry.resolve(path.slug());
    if (resolution instanceof TenantResolution.Unknown) {
      ErrorAnswers.error(res, api, 404, "tenant.unknown", path.slug());
      return;
    }
    if (resolution instanceof TenantResolution.Suspended suspended) {
      ErrorAnswers.error(res, api, 503, "tenant.suspended", suspended.tenant().name());
      return;
    }
    if (resolution instanceof TenantResolution.NotReady notReady) {
      ErrorAnswers.error(res, api, 503, "tenant.notReady", notReady.tenant().name());
      return;
    }
    TenantRef tenant = ((TenantResolution.Found) resolution).tenant();
    Optional<String> internal = path.internalPath();
    if (internal.isEmpty()) {
      ErrorAnswers.error(res, api, 404, "error.notFoundPath");
      return;
    }
    req.setAttribute(RequestInfo.TENANT, tenant);
    req.setAttribute(RequestInfo.TENANT_SLUG, tenant.slug());
    req.setAttribute(RequestInfo.TENANT_BASE, req.getContextPath() + path.base());
    SecurityHeaders.tenantData(res);
    try (TenantScope scope = TenantScope.enter(tenant)) {
      if (!path.isInvitation() && !gate.admitTenant(req, res, tenant.slug(), api)) {
        return;
      }
      registry.touch(tenant.slug());
      req.getRequestDispatcher(internal.get()).forward(req, res);
    }
  }
}
