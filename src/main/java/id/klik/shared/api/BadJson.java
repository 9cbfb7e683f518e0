package id.klik.shared.api;

import id.klik.shared.domain.FieldProblem;
import id.klik.shared.domain.ValidationException;
import jakarta.json.stream.JsonLocation;
import jakarta.json.stream.JsonParsingException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A request body that JSON-B could not read, told in the caller's words: where the JSON is broken,
 * or which field has the wrong type. The library's own text (class names, parser tokens) never
 * reaches the caller.
 */
final class BadJson {

  /** Yasson names the property it was filling, e.g. "Unable to deserialize property 'code'". */
  private static final Pattern PROPERTY = Pattern.compile("property '([A-Za-z0-9_]{1,64})'");

  private BadJson() {}

  static ValidationException of(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause()) {
      if (t instanceof JsonParsingException parsing && parsing.getLocation() != null) {
        JsonLocation at = parsing.getLocation();
        return new ValidationException(
            java.util.List.of(
                FieldProblem.atLine(
                    (int) at.getLineNumber(),
                    "body",
                    "error.badJson.syntax",
                    at.getLineNumber(),
                    at.getColumnNumber())));
      }
    }
    for (Throwable t = failure; t != null; t = t.getCause()) {
      Matcher property = PROPERTY.matcher(String.valueOf(t.getMessage()));
      if (property.find()) {
        return ValidationException.of(property.group(1), "error.badJson.field", property.group(1));
      }
    }
    return ValidationException.of("body", "error.badJson.shape");
  }
}
