package id.klik.shared.web;

import id.klik.shared.api.ErrorDto;
import id.klik.shared.domain.Messages;
import id.klik.shared.infrastructure.Outages;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * The edge's answer while the database or Keycloak is down (tenant lookup, membership check, a
 * page): 503 with {@code Retry-After}, JSON with code {@code error.unavailable} for API calls and a
 * short page for the browser, instead of a 500 "system error".
 */
public final class UnavailableAnswer {

  private static final Logger LOG = Logger.getLogger(UnavailableAnswer.class.getName());
  private static final Jsonb JSONB = JsonbBuilder.create();

  private UnavailableAnswer() {}

  /** Answers 503 and returns true when the exception is an outage; otherwise does nothing. */
  public static boolean answered(Throwable e, HttpServletResponse res, boolean api)
      throws IOException {
    Optional<Outages.Dependency> down = Outages.of(e);
    if (down.isEmpty() || res.isCommitted()) {
      return down.isPresent();
    }
    LOG.warning(() -> "request " + RequestInfo.requestId() + ": " + down.get() + " unavailable");
    res.reset();
    res.setHeader("X-Request-Id", RequestInfo.requestId());
    res.setHeader("Retry-After", String.valueOf(Outages.RETRY_AFTER_SECONDS));
    String key = down.get().messageKey();
    if (api) {
      res.setStatus(503);
      res.setCharacterEncoding("UTF-8");
      res.setContentType("application/json");
      String message = Messages.get(RequestInfo.locale(), key);
      res.getWriter()
          .write(
              JSONB.toJson(
                  new ErrorDto(
                      503, "error.unavailable", message, RequestInfo.requestId(), List.of())));
    } else {
      ErrorAnswers.error(res, false, 503, key);
    }
    return true;
  }
}
