package id.klik.edge;

import jakarta.servlet.http.HttpServletResponse;

/**
 * Headers every answer carries. Pages get a Content-Security-Policy that allows only this origin:
 * PrimeFaces and Faces write inline scripts, inline event handlers and inline styles, and Faces
 * runs event-handler chains and Ajax callbacks through {@code new Function}, so {@code
 * 'unsafe-inline'} and {@code 'unsafe-eval'} stay (checked in Chromium by the browser journeys);
 * scripts, frames and plugins from anywhere else, framing of our pages and a foreign {@code <base>}
 * are refused.
 */
final class SecurityHeaders {

  static final String CONTENT_SECURITY_POLICY =
      "default-src 'self'; script-src 'self' 'unsafe-inline' 'unsafe-eval';"
          + " style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:;"
          + " connect-src 'self'; object-src 'none'; base-uri 'self'; frame-ancestors 'none'";

  private SecurityHeaders() {}

  static void everyResponse(HttpServletResponse res) {
    res.setHeader("X-Content-Type-Options", "nosniff");
    res.setHeader("Content-Security-Policy", CONTENT_SECURITY_POLICY);
    res.setHeader("Referrer-Policy", "same-origin");
  }

  /** A tenant's or the platform's data, page or JSON: never kept by a browser or a proxy. */
  static void tenantData(HttpServletResponse res) {
    res.setHeader("Cache-Control", "no-store");
  }
}
