package id.klik.identity.web;

import id.klik.identity.domain.KlikUser;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.io.Serializable;
import java.time.Instant;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/**
 * The browser's login, kept in its HTTP session after the OIDC callback: the user as the latest
 * access token describes them, until that token expires (then it is refreshed, so a removed role or
 * membership takes effect within a token's lifetime).
 */
public final class SessionLogin {

  private static final String LOGIN = "klik.login";
  private static final String TRIED = "klik.orgLoginTried";

  /** What the session keeps of a login. */
  public record Login(KlikUser user, String idToken, String refreshToken, Instant expiresAt)
      implements Serializable {}

  private SessionLogin() {}

  public static Optional<Login> login(HttpServletRequest request) {
    HttpSession session = request.getSession(false);
    return session == null
        ? Optional.empty()
        : Optional.ofNullable((Login) session.getAttribute(LOGIN));
  }

  public static Optional<KlikUser> user(HttpServletRequest request) {
    return login(request).map(Login::user);
  }

  /**
   * Keeps a fresh login. Organizations the new token names are no longer "tried" (see {@link
   * #firstOrganizationLogin}); the session id changes against fixation.
   */
  public static void store(HttpServletRequest request, Login login) {
    HttpSession session = request.getSession(true);
    request.changeSessionId();
    session = request.getSession();
    session.setAttribute(LOGIN, login);
    Set<String> tried = tried(session);
    tried.removeAll(login.user().organizations());
    session.setAttribute(TRIED, tried);
  }

  public static void forget(HttpServletRequest request) {
    HttpSession session = request.getSession(false);
    if (session != null) {
      session.removeAttribute(LOGIN);
    }
  }

  /**
   * A page asks Keycloak for a tenant's organization once; if the token still lacks it, the person
   * is no member and the next attempt is refused instead of looping through the login.
   */
  public static boolean firstOrganizationLogin(HttpServletRequest request, String slug) {
    HttpSession session = request.getSession(true);
    Set<String> tried = tried(session);
    boolean first = tried.add(slug);
    session.setAttribute(TRIED, tried);
    return first;
  }

  @SuppressWarnings("unchecked")
  private static Set<String> tried(HttpSession session) {
    Set<String> tried = (Set<String>) session.getAttribute(TRIED);
    return tried == null ? new HashSet<>() : new HashSet<>(tried);
  }
}
