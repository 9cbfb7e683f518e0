package id.klik.devstack;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * Clients creating work units, each with a code of its own, as fast as the app answers; every
 * answer is kept (code, status, time, body) so a test can check afterwards which acknowledged
 * writes the database still has. Loopback only; each request gives up after 20 s.
 */
public final class WriteLoad implements AutoCloseable {

  /** One request and its answer; status 0 when it got no answer at all. */
  public record Outcome(
      String code, int status, long startNanos, long endNanos, String body, String retryAfter) {

    public boolean acknowledged() {
      return status / 100 == 2;
    }

    public double seconds() {
      return (endNanos - startNanos) / 1e9;
    }
  }

  public static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(20);

  private final HttpClient http =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(5))
          .build();
  private final String url;
  private final String token;
  private final String prefix;
  private final int clients;
  private final ConcurrentLinkedQueue<Outcome> outcomes = new ConcurrentLinkedQueue<>();
  private ExecutorService pool;
  private volatile boolean running;

  /** {@code url} is the tenant's work-unit endpoint, e.g. {@code .../t/sumedang/api/work-units}. */
  public WriteLoad(String url, String token, String prefix, int clients) {
    this.url = url;
    this.token = token;
    this.prefix = prefix;
    this.clients = clients;
  }

  public WriteLoad start() {
    running = true;
    pool = Executors.newFixedThreadPool(clients);
    for (int c = 0; c < clients; c++) {
      int client = c;
      pool.submit(() -> loop(client));
    }
    return this;
  }

  private void loop(int client) {
    for (int n = 0; running; n++) {
      String code = prefix + "-" + client + "-" + n;
      long t0 = System.nanoTime();
      try {
        HttpResponse<String> r =
            http.send(
                HttpRequest.newBuilder(URI.create(url))
                    .timeout(REQUEST_TIMEOUT)
                    .header("Authorization", "Bearer " + token)
                    .header("Content-Type", "application/json")
                    .header("Accept-Language", "en")
                    .POST(
                        HttpRequest.BodyPublishers.ofString(
                            "{\"code\":\""
                                + code
                                + "\",\"name\":\"Load "
                                + code
                                + "\","
                                + "\"kind\":\"OPD\"}"))
                    .build(),
                HttpResponse.BodyHandlers.ofString());
        outcomes.add(
            new Outcome(
                code,
                r.statusCode(),
                t0,
                System.nanoTime(),
                r.body(),
                r.headers().firstValue("Retry-After").orElse(null)));
      } catch (java.io.IOException e) {
        outcomes.add(new Outcome(code, 0, t0, System.nanoTime(), String.valueOf(e), null));
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
    }
  }

  /** Stops the clients, waits for their last answers and returns every outcome. */
  public List<Outcome> stop() throws InterruptedException {
    running = false;
    pool.shutdown();
    if (!pool.awaitTermination(REQUEST_TIMEOUT.toSeconds() + 10, TimeUnit.SECONDS)) {
      pool.shutdownNow();
    }
    return new ArrayList<>(outcomes);
  }

  /** The outcomes so far. */
  public List<Outcome> outcomes() {
    return new ArrayList<>(outcomes);
  }

  @Override
  public void close() throws InterruptedException {
    if (running) {
      stop();
    }
  }

  /**
   * A token of the demo client for a user, with the tenant's organization scope. Tried for up to 60
   * s: Keycloak itself answers errors for a while after its database restarted.
   */
  public static String token(StackConfig config, String user, String org) throws Exception {
    long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
    while (true) {
      try {
        return PlatformBenchmark.token(config, user, org);
      } catch (IllegalStateException | java.io.IOException e) {
        if (System.nanoTime() > deadline) {
          throw e;
        }
        Thread.sleep(1_000);
      }
    }
  }
}
