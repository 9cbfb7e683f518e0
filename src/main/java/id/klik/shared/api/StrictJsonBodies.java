package id.klik.shared.api;

import id.klik.shared.domain.FieldProblem;
import id.klik.shared.domain.ValidationException;
import jakarta.json.Json;
import jakarta.json.stream.JsonLocation;
import jakarta.json.stream.JsonParser;
import jakarta.json.stream.JsonParsingException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;

/**
 * A JSON body must be exactly one JSON value. JSON-B reads the first value and ignores what
 * follows, so {@code {"a":1}}} would be taken as {@code {"a":1}} and answered as if it were meant;
 * here it is refused as broken JSON, with its line and column, before any resource sees it.
 */
@Provider
public class StrictJsonBodies implements ReaderInterceptor {

  @Override
  public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
    MediaType type = context.getMediaType();
    if (type == null || !MediaType.APPLICATION_JSON_TYPE.isCompatible(type)) {
      return context.proceed();
    }
    byte[] body = context.getInputStream().readAllBytes();
    if (!new String(body, java.nio.charset.StandardCharsets.UTF_8).isBlank()) {
      requireOneValue(body);
    }
    context.setInputStream(new ByteArrayInputStream(body));
    return context.proceed();
  }

  static void requireOneValue(byte[] body) {
    try (JsonParser parser = Json.createParser(new ByteArrayInputStream(body))) {
      int depth = 0;
      do {
        JsonParser.Event event = parser.next();
        if (event == JsonParser.Event.START_OBJECT || event == JsonParser.Event.START_ARRAY) {
          depth++;
        } else if (event == JsonParser.Event.END_OBJECT || event == JsonParser.Event.END_ARRAY) {
          depth--;
        }
      } while (depth > 0);
      if (parser.hasNext()) {
        throw trailing(parser.getLocation());
      }
    } catch (JsonParsingException e) {
      throw BadJson.of(e);
    } catch (java.util.NoSuchElementException | jakarta.json.JsonException e) {
      // not a clear case of trailing text (e.g. a bare number): JSON-B reads it and decides
    }
  }

  private static ValidationException trailing(JsonLocation at) {
    return new ValidationException(
        List.of(
            FieldProblem.atLine(
                (int) at.getLineNumber(),
                "body",
                "error.badJson.syntax",
                at.getLineNumber(),
                at.getColumnNumber())));
  }
}
