package id.klik.shared.api;

import id.klik.shared.domain.ConflictException;
import id.klik.shared.domain.KlikException;
import id.klik.shared.domain.Messages;
import id.klik.shared.web.RequestInfo;
import jakarta.persistence.OptimisticLockException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The last line: a business exception wrapped by the transaction layer is unwrapped; a concurrent
 * edit or a database constraint becomes 409; anything else is logged with the request id and
 * answered 500 without internals.
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
      Response r = web.getResponse();
      int status = r.getStatus();
      String key = status == 404 ? "error.notFoundPath" : "error.badRequest";
      return Response.status(status)
          .type(MediaType.APPLICATION_JSON)
          .entity(
              new ErrorDto(
                  status,
                  key,
                  Messages.get(RequestInfo.locale(), key),
                  RequestInfo.requestId(),
                  List.of()))
          .build();
    }
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof KlikException k) {
        return KlikExceptionMapper.response(k, RequestInfo.locale());
      }
      if (t instanceof OptimisticLockException) {
        return KlikExceptionMapper.response(
            new ConflictException("error.concurrentEdit"), RequestInfo.locale());
      }
      if (t instanceof SQLException sql
          && sql.getSQLState() != null
          && sql.getSQLState().startsWith("23")) {
        return KlikExceptionMapper.response(
            new ConflictException("error.constraint"), RequestInfo.locale());
      }
    }
    LOG.log(Level.SEVERE, "request " + RequestInfo.requestId() + " failed", e);
    return Response.status(500)
        .type(MediaType.APPLICATION_JSON)
        .entity(
            new ErrorDto(
                500,
                "error.internal",
                Messages.get(RequestInfo.locale(), "error.internal", RequestInfo.requestId()),
                RequestInfo.requestId(),
                List.of()))
        .build();
  }
}
