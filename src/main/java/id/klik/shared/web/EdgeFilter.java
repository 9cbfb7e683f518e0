package id.klik.shared.web;

import id.klik.identity.application.AccessGate;
import id.klik.shared.domain.Messages;
import id.klik.shared.infrastructure.KlikConfig;
import id.klik.tenancy.web.TenantPath;
import id.klik.tenancy.web.TenantRouter;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The one entry of every request: gives it an id and a language, resolves its tenant from the path
 * or host, lets the access gate decide, then forwards tenant requests to their internal paths.
 * Internal paths ({@code /app/}, {@code /api/tenant/}) are not reachable from outside. Logs one
 * line per request with tenant and request id.
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class EdgeFilter extends HttpFilter {

  private static final Logger LOG = Logger.getLogger(EdgeFilter.class.getName());
  private static final Logger ACCESS = Logger.getLogger("id.klik.access");
  private static final SecureRandom RANDOM = new SecureRandom();

  @Inject KlikConfig config;
  @Inject TenantRouter router;
  @Inject AccessGate gate;

  @Override
  protected void doFilter(HttpServletRequest req, HttpServletResponse res, FilterChain chain)
      throws IOException, ServletException {
    long start = System.nanoTime();
    String requestId = requestId(req);
    res.setHeader("X-Request-Id", requestId);
    RequestInfo.set(requestId, locale(req));
    String path = req.getRequestURI().substring(req.getContextPath().length());
    try {
      Optional<TenantPath> tenantPath =
          TenantPath.parse(path, req.getHeader("Host"), config.baseDomain());
      if (!isCanonical(path)) {
        EdgeResponses.error(res, path.contains("/api/"), 400, "error.badPath");
      } else if (tenantPath.isPresent()) {
        router.route(tenantPath.get(), req, res);
      } else if (path.startsWith("/app/") || path.startsWith("/api/tenant")) {
        EdgeResponses.error(res, path.startsWith("/api/"), 404, "error.notFoundPath");
      } else if (path.startsWith("/api/platform") || path.startsWith("/platform")) {
        if (gate.admitPlatform(req, res, path.startsWith("/api/"))) {
          chain.doFilter(req, res);
        }
      } else {
        chain.doFilter(req, res);
      }
    } catch (RuntimeException | ServletException e) {
      if (UnavailableAnswer.answered(e, res, path.contains("/api/"))) {
        return; // the database or Keycloak is down: 503 with a retry hint, not a 500
      }
      LOG.log(Level.SEVERE, "request " + requestId + " failed", e);
      if (!res.isCommitted()) {
        res.reset();
        EdgeResponses.error(
            res,
            path.startsWith("/api/") || path.contains("/api/"),
            500,
            "error.internal",
            requestId);
      }
    } finally {
      ACCESS.info(
          () ->
              String.format(
                  "tenant=%s request=%s %s %s -> %d %.1fms",
                  req.getAttribute(TenantRouter.TENANT_SLUG) == null
                      ? "-"
                      : req.getAttribute(TenantRouter.TENANT_SLUG),
                  requestId,
                  req.getMethod(),
                  path,
                  res.getStatus(),
                  (System.nanoTime() - start) / 1e6));
      RequestInfo.clear();
    }
  }

  /**
   * Routing reads the raw path, while the container and the forward normalize it: a path with dot
   * segments, doubled or encoded slashes or path parameters could be routed as one thing and served
   * as another (e.g. past the platform-admin check), so it is refused outright.
   */
  static boolean isCanonical(String path) {
    String lower = path.toLowerCase(java.util.Locale.ROOT);
    return !(lower.contains("//")
        || lower.contains("/./")
        || lower.contains("/../")
        || lower.endsWith("/.")
        || lower.endsWith("/..")
        || lower.contains(";")
        || lower.contains("\\")
        || lower.contains("%2e")
        || lower.contains("%2f")
        || lower.contains("%5c")
        || lower.contains("%3b"));
  }

  private static String requestId(HttpServletRequest req) {
    String given = req.getHeader("X-Request-Id");
    if (given != null && given.matches("[A-Za-z0-9._-]{1,64}")) {
      return given;
    }
    byte[] bytes = new byte[8];
    RANDOM.nextBytes(bytes);
    return HexFormat.of().formatHex(bytes);
  }

  /** Reads the query string only: the body of an upload must stay untouched for its servlet. */
  private static String queryParameter(HttpServletRequest req, String name) {
    String query = req.getQueryString();
    if (query == null) {
      return null;
    }
    for (String pair : query.split("&")) {
      if (pair.startsWith(name + "=")) {
        return pair.substring(name.length() + 1);
      }
    }
    return null;
  }

  /**
   * ?lang= switches and remembers; otherwise the session's choice. Pages then default to Bahasa
   * Indonesia; API calls follow their Accept-Language.
   */
  private static Locale locale(HttpServletRequest req) {
    String lang = queryParameter(req, "lang");
    HttpSession session = req.getSession(false);
    if (lang != null && (lang.equals("id") || lang.equals("en"))) {
      req.getSession(true).setAttribute("klik.lang", lang);
      return Messages.localeOf(lang);
    }
    if (session != null && session.getAttribute("klik.lang") != null) {
      return Messages.localeOf((String) session.getAttribute("klik.lang"));
    }
    boolean api = req.getRequestURI().contains("/api/");
    return api ? Messages.localeOf(req.getHeader("Accept-Language")) : Messages.INDONESIAN;
  }
}
