package id.klik.assistant.infrastructure;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonParsingException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Reads an OpenAI-compatible chat completions answer: a stream of server-sent events ({@code data:
 * {json}} lines, each with {@code choices[0].delta.content}, ended by {@code data: [DONE]}) or,
 * from a server that ignores {@code "stream": true}, one JSON object with {@code
 * choices[0].message.content}. Bounded: a line longer than {@link #MAX_LINE_CHARS} ends the reading
 * as malformed; lines that are no JSON are skipped.
 */
final class ChatStreamReader {

  static final int MAX_LINE_CHARS = 256 * 1024;

  private ChatStreamReader() {}

  /**
   * Hands every piece of content to {@code onPiece} as it arrives.
   *
   * @return whether the stream ended properly ({@code [DONE]}, a finish reason, or a whole JSON
   *     answer)
   */
  static boolean read(Reader in, Consumer<String> onPiece) throws IOException {
    BufferedReader lines = new BufferedReader(in, 8192);
    StringBuilder whole = null; // a plain JSON answer, collected up to the bound
    boolean finished = false;
    String line;
    while ((line = readBounded(lines)) != null) {
      if (whole != null) {
        whole.append(line).append('\n');
        if (whole.length() > MAX_LINE_CHARS) {
          throw new IOException("answer too long");
        }
        continue;
      }
      String trimmed = line.strip();
      if (trimmed.isEmpty() || trimmed.startsWith(":")) {
        continue; // event separator or SSE comment (keep-alive)
      }
      if (trimmed.startsWith("{")) {
        whole = new StringBuilder(line).append('\n');
        continue;
      }
      if (!trimmed.startsWith("data:")) {
        continue; // event:, id:, retry: lines
      }
      String data = trimmed.substring(5).strip();
      if ("[DONE]".equals(data)) {
        return true;
      }
      Optional<JsonObject> event = parse(data);
      if (event.isEmpty()) {
        continue;
      }
      JsonObject choice = firstChoice(event.get());
      if (choice == null) {
        continue;
      }
      text(choice, "delta").ifPresent(onPiece);
      JsonValue reason = choice.get("finish_reason");
      if (reason != null && reason.getValueType() == JsonValue.ValueType.STRING) {
        finished = true;
      }
    }
    if (whole != null) {
      Optional<JsonObject> answer = parse(whole.toString());
      if (answer.isPresent()) {
        JsonObject choice = firstChoice(answer.get());
        if (choice != null) {
          text(choice, "message").ifPresent(onPiece);
          return true;
        }
      }
      return false;
    }
    return finished;
  }

  private static String readBounded(BufferedReader lines) throws IOException {
    StringBuilder sb = new StringBuilder();
    int c;
    while ((c = lines.read()) != -1) {
      if (c == '\n') {
        return sb.toString();
      }
      if (c != '\r') {
        sb.append((char) c);
      }
      if (sb.length() > MAX_LINE_CHARS) {
        throw new IOException("line too long");
      }
    }
    return sb.length() == 0 ? null : sb.toString();
  }

  private static Optional<JsonObject> parse(String json) {
    try (JsonReader reader = Json.createReader(new StringReader(json))) {
      JsonValue value = reader.readValue();
      return value.getValueType() == JsonValue.ValueType.OBJECT
          ? Optional.of(value.asJsonObject())
          : Optional.empty();
    } catch (JsonParsingException | IllegalStateException e) {
      return Optional.empty();
    }
  }

  private static JsonObject firstChoice(JsonObject event) {
    JsonValue choices = event.get("choices");
    if (choices == null || choices.getValueType() != JsonValue.ValueType.ARRAY) {
      return null;
    }
    JsonArray array = choices.asJsonArray();
    if (array.isEmpty() || array.get(0).getValueType() != JsonValue.ValueType.OBJECT) {
      return null;
    }
    return array.getJsonObject(0);
  }

  private static Optional<String> text(JsonObject choice, String member) {
    JsonValue part = choice.get(member);
    if (part == null || part.getValueType() != JsonValue.ValueType.OBJECT) {
      return Optional.empty();
    }
    JsonValue content = part.asJsonObject().get("content");
    return content instanceof JsonString s && !s.getString().isEmpty()
        ? Optional.of(s.getString())
        : Optional.empty();
  }
}
