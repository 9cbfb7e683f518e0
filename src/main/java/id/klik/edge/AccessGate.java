package id.klik.edge;

import id.klik.identity.application.AccessDecision;
import id.klik.identity.application.AccessPolicy;
import id.klik.identity.application.CurrentUser;
import id.klik.identity.domain.KlikUser;
import id.klik.identity.infrastructure.OidcTokens;
import id.klik.identity.web.SessionLogin;
import id.klik.shared.infrastructure.KlikConfig;
import id.klik.shared.web.ErrorAnswers;
import id.klik.shared.web.RequestInfo;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Optional;

/**
 * Reads the caller of a request (bearer token for the API, the session's login for pages), asks
 * {@link AccessPolicy} for a decision and answers it: admitted callers become the request's {@link
 * CurrentUser}; the others get 401 (or, for a page, the login), or 403 and no data.
 */
@ApplicationScoped
public class AccessGate {

  /** The login's "tenant" asking Keycloak for all the person's organizations. */
  static final String ALL_ORGANIZATIONS = "*";

  @Inject AccessPolicy policy;
  @Inject OidcTokens tokens;
  @Inject KlikConfig config;
  @Inject CurrentUser currentUser;

  /** Must run with the tenant already entered. */
  boolean admitTenant(HttpServletRequest req, HttpServletResponse res, String slug, boolean api)
      throws IOException {
    AccessDecision decision = policy.tenant(caller(req, api));
    if (decision instanceof AccessDecision.Admit admit) {
      currentUser.set(admit.user(), admit.roles());
      return true;
    }
    if (decision instanceof AccessDecision.AdmitGuest guest) {
      currentUser.set(guest.user(), guest.roles());
      policy.recordGuestRequest(req.getMethod() + " " + EdgeFilter.canonicalPath(req));
      return true;
    }
    if (decision instanceof AccessDecision.Anonymous) {
      refuseAnonymous(req, res, api, slug);
    } else if (decision instanceof AccessDecision.NotInOrganization
        && !api
        && SessionLogin.firstOrganizationLogin(req, slug)) {
      redirectToLogin(req, res, slug);
    } else if (decision instanceof AccessDecision.NotInOrganization) {
      ErrorAnswers.error(res, api, 403, "access.notInOrganization", slug);
    } else {
      ErrorAnswers.error(res, api, 403, "access.notMember", slug);
    }
    return false;
  }

  boolean admitPlatform(HttpServletRequest req, HttpServletResponse res, boolean api)
      throws IOException {
    AccessDecision decision = policy.platform(caller(req, api));
    if (decision instanceof AccessDecision.Admit admit) {
      currentUser.set(admit.user(), admit.roles());
      return true;
    }
    if (decision instanceof AccessDecision.Anonymous) {
      refuseAnonymous(req, res, api, null);
    } else {
      ErrorAnswers.error(res, api, 403, "access.notPlatformAdmin");
    }
    return false;
  }

  /**
   * The mentor's home ({@code /mentor/}, {@code /api/mentor/}): national mentors only. Its login
   * asks for every organization of the person ({@code organization:*}), so moving from there into
   * any tenant that accepted them needs no second login.
   */
  boolean admitMentor(HttpServletRequest req, HttpServletResponse res, boolean api)
      throws IOException {
    AccessDecision decision = policy.mentorHome(caller(req, api));
    if (decision instanceof AccessDecision.Admit admit) {
      currentUser.set(admit.user(), admit.roles());
      return true;
    }
    if (decision instanceof AccessDecision.Anonymous) {
      refuseAnonymous(req, res, api, ALL_ORGANIZATIONS);
    } else {
      ErrorAnswers.error(res, api, 403, "access.notNationalMentor");
    }
    return false;
  }

  private Optional<KlikUser> caller(HttpServletRequest req, boolean api) {
    return api ? policy.bearer(req.getHeader("Authorization")) : sessionUser(req);
  }

  private void refuseAnonymous(
      HttpServletRequest req, HttpServletResponse res, boolean api, String slug)
      throws IOException {
    if (api || !"GET".equals(req.getMethod())) {
      if (api) {
        res.setHeader("WWW-Authenticate", "Bearer realm=\"klik\"");
      }
      ErrorAnswers.error(res, api, 401, "access.loginRequired");
      return;
    }
    redirectToLogin(req, res, slug);
  }

  /**
   * Sends the browser to the login. On a tenant's own host the whole flow moves to the public URL
   * in the path form ({@code /t/<slug>/...}): Keycloak redirects back only to the URLs registered
   * for the client, and the session holding the login attempt must be the one the callback sees.
   * The target is the canonical path the edge decided on, never the raw one.
   */
  private void redirectToLogin(HttpServletRequest req, HttpServletResponse res, String slug)
      throws IOException {
    String target =
        EdgeFilter.canonicalPath(req)
            + (req.getQueryString() == null ? "" : "?" + req.getQueryString());
    String prefix = req.getContextPath();
    if (slug != null
        && !ALL_ORGANIZATIONS.equals(slug)
        && "".equals(req.getAttribute(RequestInfo.TENANT_BASE))
        && config.publicUrl().isPresent()) {
      prefix = config.publicUrl().get();
      target = "/t/" + slug + target;
    }
    res.sendRedirect(
        prefix
            + "/auth/login?return="
            + URLEncoder.encode(target, StandardCharsets.UTF_8)
            + (slug == null ? "" : "&tenant=" + URLEncoder.encode(slug, StandardCharsets.UTF_8)));
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
}
