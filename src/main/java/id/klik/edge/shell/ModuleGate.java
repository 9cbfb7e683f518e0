package id.klik.edge.shell;

import id.klik.shared.web.ErrorAnswers;
import id.klik.tenancy.application.TenantContext;
import id.klik.tenancy.domain.TenantModule;
import id.klik.tenancy.domain.TenantRef;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;

/**
 * Answers 404 for the pages and API of a module the tenant has not enabled, as if it did not exist
 * there. Runs on the edge's forward to the internal path, when the tenant is already resolved and
 * the caller admitted; a page's own links (the navigation) hide the module as well.
 */
@WebFilter(
    urlPatterns = {"/app/*", "/api/tenant/*"},
    dispatcherTypes = DispatcherType.FORWARD,
    asyncSupported = true)
public class ModuleGate extends HttpFilter {

  static final String API_PREFIX = "/api/tenant/";
  static final String PAGE_PREFIX = "/app/";

  @Override
  protected void doFilter(HttpServletRequest req, HttpServletResponse res, FilterChain chain)
      throws IOException, ServletException {
    Optional<TenantRef> tenant = TenantContext.current();
    String path = req.getRequestURI().substring(req.getContextPath().length());
    Optional<TenantModule> module = moduleOf(path);
    if (tenant.isPresent() && module.isPresent() && !tenant.get().enabled(module.get())) {
      ErrorAnswers.error(res, path.startsWith(API_PREFIX), 404, "module.disabled");
      return;
    }
    chain.doFilter(req, res);
  }

  /** The module owning an internal path: its first segment after the page or API prefix. */
  static Optional<TenantModule> moduleOf(String internalPath) {
    String rest;
    boolean api = internalPath.startsWith(API_PREFIX);
    if (api) {
      rest = internalPath.substring(API_PREFIX.length());
    } else if (internalPath.startsWith(PAGE_PREFIX)) {
      rest = internalPath.substring(PAGE_PREFIX.length());
    } else {
      return Optional.empty();
    }
    int end = rest.indexOf('/');
    String segment = end < 0 ? rest : rest.substring(0, end);
    if (segment.endsWith(".xhtml")) {
      segment = segment.substring(0, segment.length() - ".xhtml".length());
    }
    return api ? TenantModule.owningApi(segment) : TenantModule.owning(segment);
  }
}
