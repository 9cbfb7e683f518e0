package id.klik.assistant.application;

import jakarta.json.Json;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * A suggestion as server-sent events for a page or a script that reads it as it streams: {@code
 * data: {"piece":"…"}} per piece, then {@code event: done} with {@code {"exchangeId","complete"}},
 * or {@code event: error} with {@code {"message"}} in the writer's language. Every event is flushed
 * at once.
 */
public final class SuggestionEvents {

  public static final String MEDIA_TYPE = "text/event-stream";

  private final OutputStream out;

  public SuggestionEvents(OutputStream out) {
    this.out = out;
  }

  public void piece(String piece) {
    send(null, Json.createObjectBuilder().add("piece", piece).build().toString());
  }

  public void done(Suggestion s) {
    send(
        "done",
        Json.createObjectBuilder()
            .add("exchangeId", s.exchangeId().toString())
            .add("complete", s.complete())
            .add("cut", s.cut())
            .build()
            .toString());
  }

  public void error(String message) {
    send("error", Json.createObjectBuilder().add("message", message).build().toString());
  }

  private void send(String event, String json) {
    try {
      StringBuilder sb = new StringBuilder();
      if (event != null) {
        sb.append("event: ").append(event).append('\n');
      }
      sb.append("data: ").append(json).append("\n\n");
      out.write(sb.toString().getBytes(StandardCharsets.UTF_8));
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e); // the reader went away
    }
  }
}
