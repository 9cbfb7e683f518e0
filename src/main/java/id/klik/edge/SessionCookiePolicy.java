package id.klik.edge;

import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.SessionCookieConfig;
import jakarta.servlet.annotation.WebListener;
import java.util.Optional;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The session cookie: HttpOnly (web.xml), {@code SameSite=Lax} so another site cannot ride on the
 * login with a form post (Lax, not Strict: Keycloak's redirect back to the callback is a cross-site
 * navigation that must carry the cookie), and {@code Secure} when the public URL is https.
 */
@WebListener
public class SessionCookiePolicy implements ServletContextListener {

  @Override
  public void contextInitialized(ServletContextEvent event) {
    Optional<String> publicUrl =
        ConfigProvider.getConfig().getOptionalValue("klik.public-url", String.class);
    apply(event.getServletContext().getSessionCookieConfig(), publicUrl);
  }

  static void apply(SessionCookieConfig cookie, Optional<String> publicUrl) {
    cookie.setHttpOnly(true);
    cookie.setAttribute("SameSite", "Lax");
    cookie.setSecure(secure(publicUrl));
  }

  static boolean secure(Optional<String> publicUrl) {
    return publicUrl
        .map(String::trim)
        .map(u -> u.regionMatches(true, 0, "https://", 0, 8))
        .orElse(false);
  }
}
