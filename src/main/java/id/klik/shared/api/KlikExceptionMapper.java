package id.klik.shared.api;

import id.klik.shared.domain.KlikException;
import id.klik.shared.domain.Messages;
import id.klik.shared.domain.ValidationException;
import id.klik.shared.web.RequestInfo;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import java.util.Locale;

/** Turns business failures into JSON errors in the caller's language. */
@Provider
public class KlikExceptionMapper implements ExceptionMapper<KlikException> {

  @Override
  public Response toResponse(KlikException e) {
    return response(e, RequestInfo.locale());
  }

  static Response response(KlikException e, Locale locale) {
    List<ErrorDto.ProblemDto> problems =
        e instanceof ValidationException v
            ? v.problems().stream()
                .map(
                    p ->
                        new ErrorDto.ProblemDto(
                            p.line(),
                            p.field(),
                            Messages.get(locale, p.messageKey(), p.args().toArray())))
                .toList()
            : List.of();
    ErrorDto body =
        new ErrorDto(
            e.status(),
            e.messageKey(),
            Messages.get(locale, e.messageKey(), e.args()),
            RequestInfo.requestId(),
            problems);
    return Response.status(e.status()).type(MediaType.APPLICATION_JSON).entity(body).build();
  }
}
