package id.klik.identity.web;

import id.klik.identity.domain.KlikUser;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.util.Optional;

/** The browser's login, kept in its HTTP session after the OIDC callback. */
public final class SessionLogin {

  private static final String USER = "klik.user";
  private static final String ID_TOKEN = "klik.idToken";

  private SessionLogin() {}

  public static Optional<KlikUser> user(HttpServletRequest request) {
    HttpSession session = request.getSession(false);
    return session == null
        ? Optional.empty()
        : Optional.ofNullable((KlikUser) session.getAttribute(USER));
  }

  /**
   * Keeps the user after a login; a login for another tenant adds that organization to the ones the
   * same person already proved in this session.
   */
  static void store(HttpServletRequest request, KlikUser user, String idToken) {
    KlikUser merged =
        user(request)
            .filter(previous -> previous.subject().equals(user.subject()))
            .map(
                previous -> {
                  java.util.Set<String> orgs = new java.util.HashSet<>(previous.organizations());
                  orgs.addAll(user.organizations());
                  return new KlikUser(
                      user.subject(),
                      user.username(),
                      user.email(),
                      user.name(),
                      orgs,
                      user.realmRoles());
                })
            .orElse(user);
    HttpSession session = request.getSession(true);
    request.changeSessionId();
    session = request.getSession();
    session.setAttribute(USER, merged);
    session.setAttribute(ID_TOKEN, idToken);
  }

  static Optional<String> idToken(HttpServletRequest request) {
    HttpSession session = request.getSession(false);
    return session == null
        ? Optional.empty()
        : Optional.ofNullable((String) session.getAttribute(ID_TOKEN));
  }
}
