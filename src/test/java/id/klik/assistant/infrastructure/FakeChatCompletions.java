package id.klik.assistant.infrastructure;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A stand-in for an OpenAI-compatible chat completions endpoint, started by a test on 127.0.0.1.
 * What it does depends on a marker in the request: {@code [[gagal]]} answers 500, {@code
 * [[lambat]]} sends its headers and one piece then stalls for a minute, {@code [[diam]]} waits a
 * minute before answering at all; otherwise it streams {@link #REPLY} in pieces as server-sent
 * events, ended by {@code [DONE]}. It keeps every request body and Authorization header.
 */
public final class FakeChatCompletions implements AutoCloseable {

  public static final String REPLY =
      "Inovasi ini mempercepat layanan antrean puskesmas. Warga mendaftar dari rumah.";

  private final HttpServer server;
  private final ExecutorService executor = Executors.newCachedThreadPool();
  private final List<String> bodies = new CopyOnWriteArrayList<>();
  private final List<String> authorizations = new CopyOnWriteArrayList<>();

  public FakeChatCompletions() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/v1/chat/completions", this::answer);
    server.setExecutor(executor);
    server.start();
  }

  /** The base URL a client is configured with, e.g. {@code http://127.0.0.1:4711/v1}. */
  public String baseUrl() {
    return "http://127.0.0.1:" + server.getAddress().getPort() + "/v1";
  }

  public List<String> bodies() {
    return bodies;
  }

  public List<String> authorizations() {
    return authorizations;
  }

  private void answer(HttpExchange exchange) throws IOException {
    String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
    bodies.add(body);
    authorizations.add(String.valueOf(exchange.getRequestHeaders().getFirst("Authorization")));
    try {
      if (body.contains("[[gagal]]")) {
        byte[] error =
            "{\"error\":{\"message\":\"model overloaded\"}}".getBytes(StandardCharsets.UTF_8);
        exchange.sendResponseHeaders(500, error.length);
        exchange.getResponseBody().write(error);
        return;
      }
      if (body.contains("[[diam]]")) {
        sleep(60_000);
        return;
      }
      exchange.getResponseHeaders().add("Content-Type", "text/event-stream");
      exchange.sendResponseHeaders(200, 0);
      OutputStream out = exchange.getResponseBody();
      String[] words = REPLY.split(" ");
      for (int i = 0; i < words.length; i++) {
        String piece = (i == 0 ? "" : " ") + words[i];
        event(out, "{\"choices\":[{\"index\":0,\"delta\":{\"content\":\"" + piece + "\"}}]}");
        if (body.contains("[[lambat]]")) {
          sleep(60_000);
          return;
        }
      }
      event(out, "{\"choices\":[{\"index\":0,\"delta\":{},\"finish_reason\":\"stop\"}]}");
      out.write("data: [DONE]\n\n".getBytes(StandardCharsets.UTF_8));
      out.flush();
    } catch (IOException e) {
      // the client hung up (its deadline): nothing to do
    } finally {
      exchange.close();
    }
  }

  private static void event(OutputStream out, String json) throws IOException {
    out.write(("data: " + json + "\n\n").getBytes(StandardCharsets.UTF_8));
    out.flush();
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  @Override
  public void close() {
    server.stop(0);
    executor.shutdownNow();
  }
}
