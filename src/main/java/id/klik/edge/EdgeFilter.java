package id.klik.edge;

import id.klik.shared.domain.KlikException;
import id.klik.shared.domain.Messages;
import id.klik.shared.infrastructure.KlikConfig;
import id.klik.shared.web.ErrorAnswers;
import id.klik.shared.web.RelativeRedirects;
import id.klik.shared.web.RequestInfo;
import id.klik.shared.web.UnavailableAnswer;
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
 * The one entry of every request: gives it an id, a language and the security headers, decides on
 * its canonical, decoded path (anything else is refused with a JSON 400), resolves its tenant from
 * the path or host, lets the access gate decide, then forwards tenant requests to their internal
 * paths. Internal paths ({@code /app/}, {@code /api/tenant/}) are not reachable from outside.
 * Redirects below it stay on this site whatever the {@code Host} header says. Logs one line per
 * request with tenant and request id.
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class EdgeFilter extends HttpFilter {

  private static final Logger LOG = Logger.getLogger(EdgeFilter.class.getName());
  private static final Logger ACCESS = Logger.getLogger("id.klik.access");
  private static final SecureRandom RANDOM = new SecureRandom();
  private static final String PATH = "klik.canonicalPath";

  @Inject KlikConfig config;
  @Inject TenantRouter router;
  @Inject AccessGate gate;

  @Override
  protected void doFilter(HttpServletRequest req, HttpServletResponse raw, FilterChain chain)
      throws IOException, ServletException {
    long start = System.nanoTime();
    HttpServletResponse res = new RelativeRedirects(raw);
    String requestId = requestId(req);
    headers(res, requestId);
    RequestInfo.set(requestId, locale(req));
    String rawPath = req.getRequestURI().substring(req.getContextPath().length());
    Optional<String> canonical = CanonicalPath.of(rawPath);
    String path = canonical.orElse(rawPath);
    try {
      if (canonical.isEmpty()) {
        ErrorAnswers.error(res, true, 400, "error.badPath");
        return;
      }
      req.setAttribute(PATH, path);
      route(path, req, res, chain);
    } catch (RuntimeException | ServletException e) {
      if (UnavailableAnswer.answered(e, res, path.contains("/api/"))) {
        return; // the database or Keycloak is down: 503 with a retry hint, not a 500
      }
      Optional<KlikException> business = businessCause(e);
      if (business.isEmpty()) {
        LOG.log(Level.SEVERE, "request " + requestId + " failed", e);
      }
      if (!res.isCommitted()) {
        res.reset();
        headers(res, requestId);
        if (business.isPresent()) {
          // e.g. a page's view of another tenant (TenantBound): the user's answer, not a 500
          ErrorAnswers.error(
              res,
              path.contains("/api/"),
              business.get().status(),
              business.get().messageKey(),
              business.get().args());
        } else {
          ErrorAnswers.error(res, path.contains("/api/"), 500, "error.internal", requestId);
        }
      }
    } finally {
      ACCESS.info(
          () ->
              String.format(
                  "tenant=%s request=%s %s %s -> %d %.1fms",
                  req.getAttribute(RequestInfo.TENANT_SLUG) == null
                      ? "-"
                      : req.getAttribute(RequestInfo.TENANT_SLUG),
                  requestId,
                  req.getMethod(),
                  path,
                  res.getStatus(),
                  (System.nanoTime() - start) / 1e6));
      RequestInfo.clear();
    }
  }

  /** Decides on the canonical path only; prefixes compare without case, as some containers do. */
  private void route(
      String path, HttpServletRequest req, HttpServletResponse res, FilterChain chain)
      throws IOException, ServletException {
    String lower = path.toLowerCase(Locale.ROOT);
    Optional<TenantPath> tenantPath =
        TenantPath.parse(path, req.getHeader("Host"), config.baseDomain());
    if (tenantPath.isPresent()) {
      router.route(tenantPath.get(), req, res);
    } else if (under(lower, "/app") || lower.startsWith("/api/tenant") || under(lower, "/t")) {
      // "/t" and "/t/" name no tenant; the container would hand them to Faces (mapped to /t/*)
      ErrorAnswers.error(res, lower.startsWith("/api/"), 404, "error.notFoundPath");
    } else if (under(lower, "/api/mentor") || under(lower, "/mentor")) {
      SecurityHeaders.tenantData(res);
      if (gate.admitMentor(req, res, lower.startsWith("/api/"))) {
        chain.doFilter(req, res);
      }
    } else if (lower.startsWith("/api/platform") || lower.startsWith("/platform")) {
      SecurityHeaders.tenantData(res);
      if (gate.admitPlatform(req, res, lower.startsWith("/api/"))) {
        chain.doFilter(req, res);
      }
    } else {
      chain.doFilter(req, res);
    }
  }

  /** A business failure that surfaced through a page (Faces wraps it in its own exceptions). */
  private static Optional<KlikException> businessCause(Throwable e) {
    for (Throwable t = e; t != null && t.getCause() != t; t = t.getCause()) {
      if (t instanceof KlikException k) {
        return Optional.of(k);
      }
    }
    return Optional.empty();
  }

  private static boolean under(String lowerPath, String prefix) {
    return lowerPath.equals(prefix) || lowerPath.startsWith(prefix + "/");
  }

  /** The decoded, canonical path the edge decided on (for redirects back to it after a login). */
  static String canonicalPath(HttpServletRequest req) {
    Object path = req.getAttribute(PATH);
    return path == null ? "/" : path.toString();
  }

  private static void headers(HttpServletResponse res, String requestId) {
    res.setHeader("X-Request-Id", requestId);
    SecurityHeaders.everyResponse(res);
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
