package id.klik.proposal.web;

import id.klik.assistant.application.SuggestionEvents;
import id.klik.assistant.domain.AssistRequest;
import id.klik.proposal.application.ProposalAssist;
import id.klik.shared.domain.KlikException;
import id.klik.shared.domain.Messages;
import id.klik.shared.web.RequestInfo;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * The proposal editor's AI suggestion as it streams ({@code POST
 * /t/<slug>/proposal-assist-stream?id=<proposal>&section=<sectionId>}, the body the text in the
 * editor): the page's login, the same rules as the API's {@code …/sections/<id>/assist}, the same
 * server-sent events. Refusals before the stream (not the writer, AI off) answer their status with
 * the message as text; a POST from another origin is refused (the session cookie is also {@code
 * SameSite=Lax}).
 */
@WebServlet("/app/stream/proposal-assist-stream")
public class ProposalAssistServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;

  @Inject transient ProposalAssist assist;

  @Override
  protected void doPost(HttpServletRequest req, HttpServletResponse res) throws IOException {
    if (!sameOrigin(req)) {
      plain(res, 403, Messages.get(RequestInfo.locale(), "error.forbidden"));
      return;
    }
    UUID id;
    try {
      id = UUID.fromString(String.valueOf(req.getParameter("id")));
    } catch (IllegalArgumentException e) {
      plain(res, 404, Messages.get(RequestInfo.locale(), "error.notFoundPath"));
      return;
    }
    String text = body(req);
    ProposalAssist.Prepared prepared;
    try {
      prepared =
          assist.prepare(id, req.getParameter("section"), text, RequestInfo.locale().getLanguage());
    } catch (KlikException e) {
      plain(res, e.status(), Messages.get(RequestInfo.locale(), e.messageKey(), e.args()));
      return;
    }
    res.setStatus(200);
    res.setContentType(SuggestionEvents.MEDIA_TYPE);
    res.setCharacterEncoding("UTF-8");
    res.setHeader("Cache-Control", "no-store");
    res.setHeader("X-Accel-Buffering", "no");
    SuggestionEvents events = new SuggestionEvents(res.getOutputStream());
    try {
      events.done(assist.suggest(prepared, events::piece));
    } catch (KlikException e) {
      events.error(Messages.get(RequestInfo.locale(), e.messageKey(), e.args()));
    } catch (UncheckedIOException e) {
      // the page went away: the exchange is kept all the same
    }
  }

  /** The editor's text, at most what the assistant takes (plus room for a multi-byte text). */
  private static String body(HttpServletRequest req) throws IOException {
    try (InputStream in = req.getInputStream()) {
      byte[] bytes = in.readNBytes(AssistRequest.MAX_TEXT_CHARS * 4 + 1);
      return bytes.length == 0 ? null : new String(bytes, StandardCharsets.UTF_8);
    }
  }

  private static boolean sameOrigin(HttpServletRequest req) {
    String origin = req.getHeader("Origin");
    if (origin == null || origin.isBlank()) {
      return true; // not a browser's cross-origin request
    }
    try {
      URI o = URI.create(origin);
      String host = req.getHeader("Host");
      return host != null && host.equalsIgnoreCase(o.getAuthority());
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  private static void plain(HttpServletResponse res, int status, String message)
      throws IOException {
    res.setStatus(status);
    res.setContentType("text/plain;charset=UTF-8");
    res.getWriter().write(message);
  }
}
