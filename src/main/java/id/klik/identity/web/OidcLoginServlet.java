package id.klik.identity.web;

import id.klik.identity.infrastructure.KeycloakAdmin;
import id.klik.identity.infrastructure.OidcTokens;
import id.klik.shared.infrastructure.KlikConfig;
import id.klik.shared.infrastructure.Outages;
import id.klik.shared.web.ErrorAnswers;
import id.klik.tenancy.domain.TenantSlug;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Browser login with OpenID Connect's authorization-code flow and PKCE against the realm. {@code
 * /auth/login?tenant=<slug>} asks Keycloak for the tenant's organization scope, so the token names
 * the organization only if the person belongs to it ({@code tenant=*}: all of the person's
 * organizations, for the national mentor's home); {@code /auth/callback} exchanges the code and
 * keeps the validated user in the session; {@code /auth/logout} ends both the app's and Keycloak's
 * sessions.
 */
@WebServlet("/auth/*")
public class OidcLoginServlet extends HttpServlet {

  private static final String ATTEMPTS = "klik.loginAttempts";
  private static final SecureRandom RANDOM = new SecureRandom();

  @Inject KlikConfig config;
  @Inject OidcTokens tokens;
  @Inject KeycloakAdmin keycloak;

  private record Attempt(String tenant, String returnTo, String verifier) implements Serializable {}

  @Override
  protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
    String action = Optional.ofNullable(req.getPathInfo()).orElse("/");
    switch (action) {
      case "/login" -> login(req, resp);
      case "/callback" -> callback(req, resp);
      case "/logout" -> logout(req, resp);
      default -> resp.sendError(404);
    }
  }

  private void login(HttpServletRequest req, HttpServletResponse resp) throws IOException {
    if (!keycloak.reachable()) {
      signInUnavailable(resp);
      return;
    }
    String tenant = organizationScope(req.getParameter("tenant"));
    String returnTo = safeReturn(req.getParameter("return"));
    String state = random();
    String codeVerifier = random() + random();
    attempts(req.getSession(true)).put(state, new Attempt(tenant, returnTo, codeVerifier));
    String scope = "openid profile email" + (tenant == null ? "" : " organization:" + tenant);
    String lang = "en".equals(req.getSession().getAttribute("klik.lang")) ? "en" : "id";
    resp.sendRedirect(
        config.keycloakPublicUrl()
            + "/realms/"
            + config.realm()
            + "/protocol/openid-connect/auth?response_type=code"
            + "&client_id="
            + enc(config.clientId())
            + "&redirect_uri="
            + enc(callbackUrl(req))
            + "&scope="
            + enc(scope)
            + "&state="
            + state
            + "&ui_locales="
            + lang
            + "&code_challenge_method=S256&code_challenge="
            + challenge(codeVerifier));
  }

  private void callback(HttpServletRequest req, HttpServletResponse resp) throws IOException {
    HttpSession session = req.getSession(false);
    Attempt attempt =
        session == null
            ? null
            : attempts(session).remove(String.valueOf(req.getParameter("state")));
    if (attempt == null || req.getParameter("code") == null) {
      resp.sendRedirect(req.getContextPath() + "/");
      return;
    }
    Optional<SessionLogin.Login> login =
        tokens.exchangeCode(req.getParameter("code"), callbackUrl(req), attempt.verifier());
    if (login.isEmpty()) {
      if (!keycloak.reachable()) {
        signInUnavailable(resp);
      } else {
        resp.sendError(401);
      }
      return;
    }
    SessionLogin.store(req, login.get());
    resp.sendRedirect(req.getContextPath() + attempt.returnTo());
  }

  private void logout(HttpServletRequest req, HttpServletResponse resp) throws IOException {
    Optional<String> idToken = SessionLogin.login(req).map(SessionLogin.Login::idToken);
    HttpSession session = req.getSession(false);
    if (session != null) {
      session.invalidate();
    }
    String home = baseUrl(req) + "/";
    resp.sendRedirect(
        config.keycloakPublicUrl()
            + "/realms/"
            + config.realm()
            + "/protocol/openid-connect/logout?client_id="
            + enc(config.clientId())
            + "&post_logout_redirect_uri="
            + enc(home)
            + idToken.map(t -> "&id_token_hint=" + enc(t)).orElse(""));
  }

  /**
   * Keycloak cannot be reached: a page saying sign-in is unavailable (instead of a redirect to a
   * dead host or a 500), with a retry hint. Pages and API calls not needing a new sign-in go on.
   */
  private static void signInUnavailable(HttpServletResponse resp) throws IOException {
    resp.setHeader("Retry-After", String.valueOf(Outages.RETRY_AFTER_SECONDS));
    ErrorAnswers.error(resp, false, 503, "auth.unavailable");
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Attempt> attempts(HttpSession session) {
    Map<String, Attempt> map = (Map<String, Attempt>) session.getAttribute(ATTEMPTS);
    if (map == null) {
      map = new HashMap<>();
      session.setAttribute(ATTEMPTS, map);
    }
    return map;
  }

  private String callbackUrl(HttpServletRequest req) {
    return baseUrl(req) + "/auth/callback";
  }

  /**
   * The public URL, or without one this machine's loopback address: never the {@code Host} header,
   * which the caller writes (a forged host would become the callback Keycloak is asked to send the
   * code to). Without {@code KLIK_PUBLIC_URL} the login therefore works only for a browser on the
   * same machine, which is what an unconfigured install is for.
   */
  static String baseUrl(Optional<String> publicUrl, int localPort, String contextPath) {
    return publicUrl.orElseGet(() -> "http://localhost:" + localPort + contextPath);
  }

  private String baseUrl(HttpServletRequest req) {
    return baseUrl(config.publicUrl(), req.getLocalPort(), req.getContextPath());
  }

  /**
   * A tenant slug or {@code *}; anything else asks for no organization (never a scope of its own).
   */
  static String organizationScope(String tenant) {
    return "*".equals(tenant) || TenantSlug.isValid(tenant) ? tenant : null;
  }

  /**
   * Only a path of this app, never another site (an open redirect). Browsers read a backslash as a
   * slash and drop tabs and line breaks, so {@code /\evil} and {@code /<tab>/evil} are {@code
   * //evil} to them.
   */
  static String safeReturn(String returnTo) {
    if (returnTo == null
        || !returnTo.startsWith("/")
        || returnTo.startsWith("//")
        || returnTo.indexOf('\\') >= 0
        || returnTo.chars().anyMatch(Character::isISOControl)) {
      return "/";
    }
    return returnTo;
  }

  private static String random() {
    byte[] bytes = new byte[24];
    RANDOM.nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  private static String challenge(String verifier) {
    try {
      byte[] hash =
          MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
      return Base64.getUrlEncoder().withoutPadding().encodeToString(hash);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }
}
