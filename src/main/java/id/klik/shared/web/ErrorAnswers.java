package id.klik.shared.web;

import id.klik.shared.api.ErrorDto;
import id.klik.shared.domain.Messages;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Locale;

/**
 * Answers a request that stops before any page or resource (unknown tenant, not logged in, sign-in
 * or database unavailable): JSON for API calls, a short page in the person's language for the
 * browser. Never a stack trace.
 */
public final class ErrorAnswers {

  private static final Jsonb JSONB = JsonbBuilder.create();

  private ErrorAnswers() {}

  public static void error(
      HttpServletResponse resp, boolean api, int status, String key, Object... args)
      throws IOException {
    Locale locale = RequestInfo.locale();
    String message = Messages.get(locale, key, args);
    resp.setStatus(status);
    resp.setCharacterEncoding("UTF-8");
    if (api) {
      resp.setContentType("application/json");
      resp.getWriter()
          .write(
              JSONB.toJson(new ErrorDto(status, key, message, RequestInfo.requestId(), List.of())));
      return;
    }
    resp.setContentType("text/html");
    String title = Messages.get(locale, "error.title." + status);
    resp.getWriter()
        .write(
            "<!DOCTYPE html><html lang=\""
                + locale.getLanguage()
                + "\"><head><meta charset=\"utf-8\"><meta name=\"viewport\""
                + " content=\"width=device-width,initial-scale=1\"><title>"
                + escape(title)
                + " · KLIK</title></head><body style=\"font-family:sans-serif;max-width:40rem;"
                + "margin:3rem auto;padding:0 1rem\"><h1>"
                + escape(title)
                + "</h1><p>"
                + escape(message)
                + "</p><p><a href=\"/\">"
                + escape(Messages.get(locale, "nav.home"))
                + "</a></p><p style=\"color:#666\">"
                + escape(Messages.get(locale, "error.requestId", RequestInfo.requestId()))
                + "</p></body></html>");
  }

  private static String escape(String s) {
    return s.replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace("\"", "&quot;");
  }
}
