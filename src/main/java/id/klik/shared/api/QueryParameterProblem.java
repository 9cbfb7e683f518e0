package id.klik.shared.api;

import jakarta.ws.rs.WebApplicationException;

/**
 * Recognizes Jersey's refusal of a parameter it could not convert ({@code ParamException}), by name
 * so that the API does not compile against Jersey. A path parameter is left out: a malformed id in
 * a path is rightly "not found".
 */
final class QueryParameterProblem {

  private QueryParameterProblem() {}

  /** The name of the parameter that could not be read, or null when this is no such refusal. */
  static String name(WebApplicationException e) {
    String type = e.getClass().getName();
    if (!type.startsWith("org.glassfish.jersey.server.ParamException")
        || type.endsWith("$PathParamException")) {
      return null;
    }
    try {
      Object name = e.getClass().getMethod("getParameterName").invoke(e);
      return name instanceof String s && !s.isBlank() ? s : null;
    } catch (ReflectiveOperationException | RuntimeException notJersey) {
      return null;
    }
  }
}
