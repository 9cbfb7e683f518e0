package id.klik.identity.application;

import id.klik.identity.domain.KlikUser;
import id.klik.identity.domain.TenantRole;
import id.klik.identity.infrastructure.OidcTokens;
import id.klik.identity.infrastructure.TokenVerifier;
import id.klik.identity.web.SessionLogin;
import id.klik.shared.infrastructure.KlikConfig;
import id.klik.shared.web.EdgeResponses;
import id.klik.tenancy.web.TenantRouter;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.EnumSet;
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

  @Inject TokenVerifier verifier;
  @Inject OidcTokens tokens;
  @Inject KlikConfig config;
  @Inject MembershipService memberships;
  @Inject CurrentUser currentUser;

  /** Must run with the tenant already in context. */
  public boolean admitTenant(
      HttpServletRequest req, HttpServletResponse res, String slug, boolean api)
      throws IOException {
    Optional<KlikUser> user = api ? bearer(req) : sessionUser(req);
    if (user.isEmpty()) {
      return refuseAnonymous(req, res, api, slug);
    }
    if (!user.get().belongsTo(slug)) {
      if (!api && SessionLogin.firstOrganizationLogin(req, slug)) {
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
    Optional<KlikUser> user = api ? bearer(req) : sessionUser(req);
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

  /**
   * Sends the browser to the login. On a tenant's own host the whole flow moves to the public URL
   * in the path form ({@code /t/<slug>/...}): Keycloak redirects back only to the URLs registered
   * for the client, and the session holding the login attempt must be the one the callback sees.
   */
  private void redirectToLogin(HttpServletRequest req, HttpServletResponse res, String slug)
      throws IOException {
    String target =
        req.getRequestURI().substring(req.getContextPath().length())
            + (req.getQueryString() == null ? "" : "?" + req.getQueryString());
    String prefix = req.getContextPath();
    if (slug != null
        && "".equals(req.getAttribute(TenantRouter.TENANT_BASE))
        && config.publicUrl().isPresent()) {
      prefix = config.publicUrl().get();
      target = "/t/" + slug + target;
    }
    res.sendRedirect(
        prefix
            + "/auth/login?return="
            + URLEncoder.encode(target, StandardCharsets.UTF_8)
            + (slug == null ? "" : "&tenant=" + slug));
  }

  /** The session's user, refreshed through Keycloak once the access token has expired. */
  private Optional<KlikUser> sessionUser(HttpServletRequest req) {
    Optional<SessionLogin.Login> login = SessionLogin.login(req);
    if (login.isEmpty() || Instant.now().isBefore(login.get().expiresAt())) {
      return login.map(SessionLogin.Login::user);
    }
    Optional<SessionLogin.Login> refreshed = tokens.refresh(login.get());
    if (refreshed.isEmpty()) {
      SessionLogin.forget(req);
      return Optional.empty();
    }
    SessionLogin.store(req, refreshed.get());
    return refreshed.map(SessionLogin.Login::user);
  }

  private Optional<KlikUser> bearer(HttpServletRequest req) {
    String header = req.getHeader("Authorization");
    if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
      return Optional.empty();
    }
    return verifier.verify(header.substring(7).trim());
  }
}
