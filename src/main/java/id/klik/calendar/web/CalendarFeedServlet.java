package id.klik.calendar.web;

import id.klik.calendar.application.Ics;
import id.klik.calendar.application.PersonalFeed;
import id.klik.calendar.domain.FeedSecret;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;

/**
 * A person's calendar feed, {@code GET /calendar/<secret>.ics}: no login (calendar apps send none),
 * the secret in the URL is the key. An unknown or revoked secret answers 404, the same as a
 * malformed one, so nothing tells them apart.
 */
@WebServlet("/calendar/*")
public class CalendarFeedServlet extends HttpServlet {

  @Inject PersonalFeed feed;

  @Override
  protected void doGet(HttpServletRequest req, HttpServletResponse res) throws IOException {
    String path = req.getPathInfo();
    Optional<String> secret =
        path == null || path.lastIndexOf('/') != 0
            ? Optional.empty()
            : FeedSecret.fromFileName(path.substring(1));
    Optional<byte[]> body = secret.flatMap(feed::of);
    if (body.isEmpty()) {
      res.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    res.setContentType(Ics.CONTENT_TYPE);
    res.setHeader("Cache-Control", "private, max-age=300");
    res.setHeader("Referrer-Policy", "no-referrer");
    res.setContentLength(body.get().length);
    res.getOutputStream().write(body.get());
  }
}
