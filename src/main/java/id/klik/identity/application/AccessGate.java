package id.klik.identity.application;

import id.klik.identity.domain.KlikUser;
import id.klik.identity.domain.TenantRole;
import id.klik.identity.infrastructure.TokenVerifier;
import id.klik.identity.web.SessionLogin;
import id.klik.shared.web.EdgeResponses;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/**
 * Decides whether a request may pass. A tenant request needs a valid token (bearer for the API, the
 * session's for pages) whose organizations include the tenant, and a membership in the tenant's
 * schema; otherwise 401 or 403 and no data. Platform requests need the realm role {@code
 * platform-admin}.
 */
@ApplicationScoped
public class AccessGate {

  private static final String TRIED = "klik.orgLoginTried";

  @Inject TokenVerifier verifier;
  @Inject MembershipService memberships;
  @Inject CurrentUser currentUser;

  /** Must run with the tenant already in context. */
  public boolean admitTenant(
      HttpServletRequest req, HttpServletResponse res, String slug, boolean api)
      throws IOException {
    Optional<KlikUser> user = api ? bearer(req) : SessionLogin.user(req);
    if (user.isEmpty()) {
      return refuseAnonymous(req, res, api, slug);
    }
    if (!user.get().belongsTo(slug)) {
      if (!api && firstOrganizationLogin(req, slug)) {
        redirectToLogin(req, res, slug);
        return false;
      }
      EdgeResponses.error(res, api, 403, "access.notInOrganization", slug);
      return false;
    }
    Optional<Set<TenantRole>> roles = memberships.rolesOf(user.get().subject());
    if (roles.isEmpty()) {
      EdgeResponses.error(res, api, 403, "access.notMember", slug);
      return false;
    }
    currentUser.set(user.get(), roles.get());
    return true;
  }

  public boolean admitPlatform(HttpServletRequest req, HttpServletResponse res, boolean api)
      throws IOException {
    Optional<KlikUser> user = api ? bearer(req) : SessionLogin.user(req);
    if (user.isEmpty()) {
      return refuseAnonymous(req, res, api, null);
    }
    if (!user.get().isPlatformAdmin()) {
      EdgeResponses.error(res, api, 403, "access.notPlatformAdmin");
      return false;
    }
    currentUser.set(user.get(), EnumSet.noneOf(TenantRole.class));
    return true;
  }

  private boolean refuseAnonymous(
      HttpServletRequest req, HttpServletResponse res, boolean api, String slug)
      throws IOException {
    if (api || !"GET".equals(req.getMethod())) {
      if (api) {
        res.setHeader("WWW-Authenticate", "Bearer realm=\"klik\"");
      }
      EdgeResponses.error(res, api, 401, "access.loginRequired");
      return false;
    }
    redirectToLogin(req, res, slug);
    return false;
  }

  private void redirectToLogin(HttpServletRequest req, HttpServletResponse res, String slug)
      throws IOException {
    String target =
        req.getRequestURI().substring(req.getContextPath().length())
            + (req.getQueryString() == null ? "" : "?" + req.getQueryString());
    res.sendRedirect(
        req.getContextPath()
            + "/auth/login?return="
            + URLEncoder.encode(target, StandardCharsets.UTF_8)
            + (slug == null ? "" : "&tenant=" + slug));
  }

  /** A page login asks Keycloak once per tenant for its organization; a second miss is a 403. */
  @SuppressWarnings("unchecked")
  private static boolean firstOrganizationLogin(HttpServletRequest req, String slug) {
    HttpSession session = req.getSession(true);
    Set<String> tried = (Set<String>) session.getAttribute(TRIED);
    if (tried == null) {
      tried = new HashSet<>();
    }
    boolean first = tried.add(slug);
    session.setAttribute(TRIED, tried);
    return first;
  }

  private Optional<KlikUser> bearer(HttpServletRequest req) {
    String header = req.getHeader("Authorization");
    if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
      return Optional.empty();
    }
    return verifier.verify(header.substring(7).trim());
  }
}
