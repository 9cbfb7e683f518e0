package id.klik.assistant.infrastructure;

import id.klik.assistant.domain.AssistantUnavailableException;
import id.klik.assistant.domain.ChatMessage;
import id.klik.assistant.domain.Outcome;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * A client of an OpenAI-compatible chat completions endpoint ({@code <base>/chat/completions}, as
 * vLLM, Ollama, llama.cpp's server and hosted services offer it), on the JDK's HTTP client with
 * JSON-P; no vendor SDK. The reply streams: each piece is handed on as it arrives. The whole
 * exchange is held to a deadline: connecting at most 10 s, the first byte and the rest within the
 * timeout; at the deadline the connection is closed and what came so far is kept.
 */
public final class ChatCompletionsClient implements AutoCloseable {

  private static final Logger LOG = Logger.getLogger(ChatCompletionsClient.class.getName());
  private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(10);

  private final URI endpoint;
  private final String model;
  private final String apiKey;
  private final Duration timeout;
  private final HttpClient http;
  private final ScheduledExecutorService watchdog;

  /** The result of one exchange: whether the reply came whole, or the deadline cut it. */
  public enum Ending {
    COMPLETE,
    TIMEOUT
  }

  public ChatCompletionsClient(String baseUrl, String model, String apiKey, Duration timeout) {
    String base = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    this.endpoint = URI.create(base + "/chat/completions");
    this.model = model;
    this.apiKey = apiKey == null || apiKey.isBlank() ? null : apiKey;
    this.timeout = timeout;
    this.http =
        HttpClient.newBuilder()
            .connectTimeout(timeout.compareTo(CONNECT_TIMEOUT) < 0 ? timeout : CONNECT_TIMEOUT)
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
    ScheduledThreadPoolExecutor executor =
        new ScheduledThreadPoolExecutor(
            1,
            r -> {
              Thread t = new Thread(r, "klik-assistant-deadline");
              t.setDaemon(true);
              return t;
            });
    executor.setRemoveOnCancelPolicy(true);
    this.watchdog = executor;
  }

  /** The request body: the model, the messages, streaming on, a moderate temperature. */
  String body(List<ChatMessage> messages) {
    JsonArrayBuilder array = Json.createArrayBuilder();
    messages.forEach(
        m ->
            array.add(
                Json.createObjectBuilder().add("role", m.role()).add("content", m.content())));
    return Json.createObjectBuilder()
        .add("model", model)
        .add("messages", array)
        .add("stream", true)
        .add("temperature", 0.3)
        .build()
        .toString();
  }

  /**
   * Sends the messages and hands each piece of the reply to {@code onPiece} as it arrives.
   *
   * @throws AssistantUnavailableException when the endpoint cannot be reached, refuses (any status
   *     but 200) or sends nothing before the deadline
   */
  public Ending stream(List<ChatMessage> messages, Consumer<String> onPiece) {
    long deadline = System.nanoTime() + timeout.toNanos();
    HttpRequest.Builder request =
        HttpRequest.newBuilder(endpoint)
            .timeout(timeout)
            .header("Content-Type", "application/json")
            .header("Accept", "text/event-stream, application/json")
            .POST(HttpRequest.BodyPublishers.ofString(body(messages), StandardCharsets.UTF_8));
    if (apiKey != null) {
      request.header("Authorization", "Bearer " + apiKey);
    }
    HttpResponse<InputStream> response;
    try {
      response = http.send(request.build(), HttpResponse.BodyHandlers.ofInputStream());
    } catch (HttpConnectTimeoutException | ConnectException e) {
      throw new AssistantUnavailableException(Outcome.FAILED, "assistant.unreachable");
    } catch (HttpTimeoutException e) {
      throw new AssistantUnavailableException(
          Outcome.TIMEOUT, "assistant.timeout", timeout.toSeconds());
    } catch (IOException e) {
      LOG.log(Level.WARNING, "AI endpoint failed: " + e);
      throw new AssistantUnavailableException(Outcome.FAILED, "assistant.unreachable");
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssistantUnavailableException(Outcome.FAILED, "assistant.unreachable");
    }
    try (InputStream in = response.body()) {
      if (response.statusCode() != 200) {
        LOG.warning("AI endpoint answered " + response.statusCode());
        throw new AssistantUnavailableException(
            Outcome.FAILED, "assistant.refused", response.statusCode());
      }
      AtomicBoolean cutOff = new AtomicBoolean();
      long left = Math.max(1, deadline - System.nanoTime());
      ScheduledFuture<?> alarm =
          watchdog.schedule(
              () -> {
                cutOff.set(true);
                closeQuietly(in);
              },
              left,
              TimeUnit.NANOSECONDS);
      try {
        ChatStreamReader.read(new InputStreamReader(in, StandardCharsets.UTF_8), onPiece);
        return cutOff.get() ? Ending.TIMEOUT : Ending.COMPLETE;
      } catch (IOException e) {
        if (cutOff.get()) {
          return Ending.TIMEOUT;
        }
        LOG.log(Level.WARNING, "AI reply broke off: " + e);
        throw new AssistantUnavailableException(Outcome.FAILED, "assistant.brokeOff");
      } finally {
        alarm.cancel(false);
      }
    } catch (IOException e) {
      return Ending.COMPLETE; // closing a finished body
    }
  }

  private static void closeQuietly(InputStream in) {
    try {
      in.close();
    } catch (IOException ignored) {
      // the reading side sees the stream end
    }
  }

  public String model() {
    return model;
  }

  @Override
  public void close() {
    watchdog.shutdownNow();
  }
}
