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
import java.io.InputStream;
import java.util.List;

/**
 * A JSON body is bounded: at most {@link #MAX_BYTES} (413 beyond, read no further) and nested at
 * most {@link #MAX_DEPTH} deep (400), so no body can hold the server's memory or stack. Files
 * travel as uploads with their own limit, never inside JSON.
 *
 * <p>A JSON body must also be exactly one JSON value. JSON-B reads the first value and ignores what
 * follows, so {@code {"a":1}}} would be taken as {@code {"a":1}} and answered as if it were meant;
 * here it is refused as broken JSON, with its line and column, before any resource sees it.
 */
@Provider
public class StrictJsonBodies implements ReaderInterceptor {

  /**
   * 1 MiB: the largest body the API takes is a template draft, whose YAML is bounded at 256 KiB.
   */
  static final int MAX_BYTES = 1024 * 1024;

  /** Deeper than any body of this API; a deeper one is an attack or a mistake. */
  static final int MAX_DEPTH = 32;

  /** How much of a refused body is read to let the client finish sending; beyond, the wait ends. */
  static final long MAX_DISCARDED_BYTES = 64L * 1024 * 1024;

  @Override
  public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
    MediaType type = context.getMediaType();
    if (type == null || !MediaType.APPLICATION_JSON_TYPE.isCompatible(type)) {
      return context.proceed();
    }
    byte[] body = context.getInputStream().readNBytes(MAX_BYTES + 1);
    if (body.length > MAX_BYTES) {
      discardRest(context.getInputStream());
      throw new BodyTooLargeException(MAX_BYTES / 1024);
    }
    if (!new String(body, java.nio.charset.StandardCharsets.UTF_8).isBlank()) {
      requireOneValue(body);
    }
    context.setInputStream(new ByteArrayInputStream(body));
    return context.proceed();
  }

  /**
   * Reads and drops what is left of a refused body (up to {@link #MAX_DISCARDED_BYTES}), holding no
   * more than a buffer of it: a client that sends the whole body before it reads the answer (the
   * JDK's HTTP client, curl without {@code Expect}) would otherwise wait on a server that stopped
   * reading, and never see the 413.
   */
  static void discardRest(InputStream in) throws IOException {
    byte[] buffer = new byte[64 * 1024];
    long left = MAX_DISCARDED_BYTES;
    int n;
    while (left > 0 && (n = in.read(buffer, 0, (int) Math.min(buffer.length, left))) > 0) {
      left -= n;
    }
  }

  static void requireOneValue(byte[] body) {
    try (JsonParser parser = Json.createParser(new ByteArrayInputStream(body))) {
      int depth = 0;
      do {
        JsonParser.Event event = parser.next();
        if (event == JsonParser.Event.START_OBJECT || event == JsonParser.Event.START_ARRAY) {
          if (++depth > MAX_DEPTH) {
            throw ValidationException.of("body", "error.badJson.depth", MAX_DEPTH);
          }
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
