package id.klik.shared.web;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;

/**
 * Redirects to a path of this app go out as a relative {@code Location}. The container would make
 * them absolute from the request's {@code Host} header, which the caller chooses: a forged header
 * would send the browser (and its login) to another site. Absolute locations (Keycloak, the public
 * URL) pass unchanged.
 */
public final class RelativeRedirects extends HttpServletResponseWrapper {

  public RelativeRedirects(HttpServletResponse response) {
    super(response);
  }

  @Override
  public void sendRedirect(String location) throws IOException {
    if (!isLocalPath(location)) {
      super.sendRedirect(location);
      return;
    }
    if (isCommitted()) {
      throw new IllegalStateException("response already committed");
    }
    resetBuffer();
    setStatus(SC_FOUND);
    setHeader("Location", location);
    flushBuffer();
  }

  /** "/x" but not "//host/x" or "/\host" (both leave the site in a browser). */
  static boolean isLocalPath(String location) {
    return location != null
        && location.startsWith("/")
        && !location.startsWith("//")
        && !location.startsWith("/\\");
  }
}
