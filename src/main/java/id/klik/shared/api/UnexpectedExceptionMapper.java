package id.klik.shared.api;

import id.klik.shared.domain.KlikException;
import id.klik.shared.domain.Messages;
import id.klik.shared.infrastructure.Failures;
import id.klik.shared.web.RequestInfo;
import jakarta.json.bind.JsonbException;
import jakarta.json.stream.JsonParsingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The one place that decides what a failure means for the caller. A business exception, also when
 * wrapped by the transaction layer, answers as itself; a request body that is not JSON or not of
 * the expected shape, a query parameter that is not a number, or a value the database refuses (data
 * exception, SQLState class 22) is the caller's mistake: 400; a concurrent edit or a taken unique
 * key (class 23) is 409; anything else is logged with the request id and answered 500 without
 * internals. Every answer is an {@link ErrorDto}.
 */
@Provider
public class UnexpectedExceptionMapper implements ExceptionMapper<Exception> {

  private static final Logger LOG = Logger.getLogger(UnexpectedExceptionMapper.class.getName());

  @Override
  public Response toResponse(Exception e) {
    Optional<Response> unavailable = UnavailableResponse.of(e);
    if (unavailable.isPresent()) {
      return unavailable.get(); // the database or Keycloak is down: 503, try again shortly
    }
    if (e instanceof WebApplicationException web) {
      return webApplication(web);
    }
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof JsonParsingException || t instanceof JsonbException) {
        return KlikExceptionMapper.response(BadJson.of(e), RequestInfo.locale());
      }
    }
    Optional<KlikException> meaning = Failures.meaning(e);
    Optional<String> refused = meaning.flatMap(Failures::refusedValue);
    if (refused.isPresent()) {
      LOG.log(Level.WARNING, "request " + RequestInfo.requestId() + ": data refused", e);
      return error(400, refused.get());
    }
    if (meaning.isPresent()) {
      return KlikExceptionMapper.response(meaning.get(), RequestInfo.locale());
    }
    LOG.log(Level.SEVERE, "request " + RequestInfo.requestId() + " failed", e);
    return error(500, "error.internal", RequestInfo.requestId());
  }

  /**
   * JAX-RS' own refusals keep their status. A query parameter that cannot be converted (e.g. {@code
   * ?page=abc}) is a 404 by the specification, as if no resource matched; it is the caller's
   * mistake in a parameter, so it answers 400 and names the parameter.
   */
  private static Response webApplication(WebApplicationException web) {
    int status = web.getResponse().getStatus();
    String parameter = QueryParameterProblem.name(web);
    if (parameter != null) {
      return KlikExceptionMapper.response(
          id.klik.shared.domain.ValidationException.of(parameter, "error.badParameter", parameter),
          RequestInfo.locale());
    }
    if (status >= 500) {
      LOG.log(Level.SEVERE, "request " + RequestInfo.requestId() + " failed", web);
      return error(status, "error.internal", RequestInfo.requestId());
    }
    return error(status, status == 404 ? "error.notFoundPath" : "error.badRequest");
  }

  private static Response error(int status, String key, Object... args) {
    return Response.status(status)
        .type(MediaType.APPLICATION_JSON)
        .entity(
            new ErrorDto(
                status,
                key,
                Messages.get(RequestInfo.locale(), key, args),
                RequestInfo.requestId(),
                List.of()))
        .build();
  }
}
