package id.klik.shared.api;

import jakarta.annotation.Priority;
import jakarta.transaction.TransactionalException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * A failure while a {@code @Transactional} service commits: a unique key taken by a parallel
 * request, a row changed since it was read, a value the database refuses. They arrive wrapped in a
 * {@link TransactionalException}, for which Jersey's CDI integration registers a mapper of its own
 * that rethrows anything but a WebApplicationException, so the caller got the server's HTML error
 * page. This mapper is preferred over Jersey's (same exception type, higher priority) and answers
 * like every other failure, through {@link UnexpectedExceptionMapper}.
 */
@Provider
@Priority(1)
public class CommitFailureMapper implements ExceptionMapper<TransactionalException> {

  @Override
  public Response toResponse(TransactionalException e) {
    return new UnexpectedExceptionMapper().toResponse(e);
  }
}
