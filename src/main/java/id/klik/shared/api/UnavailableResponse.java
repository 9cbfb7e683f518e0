package id.klik.shared.api;

import id.klik.shared.domain.Messages;
import id.klik.shared.infrastructure.Outages;
import id.klik.shared.web.RequestInfo;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * The API's answer while the database or Keycloak is down: 503 JSON saying which one, with {@code
 * Retry-After}, so a client waits and repeats instead of reporting a bug. Logged as one warning
 * line, not as a stack trace per request.
 */
public final class UnavailableResponse {

  private static final Logger LOG = Logger.getLogger(UnavailableResponse.class.getName());

  private UnavailableResponse() {}

  /** The 503 for an outage, or empty when the exception is something else. */
  public static Optional<Response> of(Throwable e) {
    return Outages.of(e).map(UnavailableResponse::response);
  }

  private static Response response(Outages.Dependency dependency) {
    LOG.warning(() -> "request " + RequestInfo.requestId() + ": " + dependency + " unavailable");
    String key = dependency.messageKey();
    return Response.status(503)
        .type(MediaType.APPLICATION_JSON)
        .header("Retry-After", Outages.RETRY_AFTER_SECONDS)
        .entity(
            new ErrorDto(
                503,
                "error.unavailable",
                Messages.get(RequestInfo.locale(), key),
                RequestInfo.requestId(),
                List.of()))
        .build();
  }
}
