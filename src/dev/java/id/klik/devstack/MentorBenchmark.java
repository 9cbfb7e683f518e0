package id.klik.devstack;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * {@code ./mvnw -Pbench-mentors package}: the national mentor's home across 50 tenants. Fifty
 * generated tenants accept {@code mentor.nasional} through their manifests; the mentor then calls
 * {@code GET /api/mentor/tenants} (one answer entering every tenant through AcrossTenants) and, in
 * the same run, a single-tenant list ({@code GET /t/mb-01/api/mentors}) as many times; p50/p95 of
 * both and their ratio are printed.
 */
public final class MentorBenchmark {

  private static final int TENANTS = 50;
  private static final int WARM_UP = 30;
  private static final int CALLS = 200;

  private final List<String> report = new ArrayList<>();

  private MentorBenchmark() {}

  public static void main(String[] args) throws Exception {
    new MentorBenchmark().run();
    System.exit(0);
  }

  private void run() throws Exception {
    Path data = Path.of("target", "mentor-bench").toAbsolutePath();
    Stack.deleteTree(data);
    Path tenants = data.resolve("tenants");
    Stack.copyTree(
        Path.of(System.getProperty("klik.tenants.dir")).resolve("_platform"),
        tenants.resolve("_platform"));
    for (int i = 1; i <= TENANTS; i++) {
      String slug = String.format(Locale.ROOT, "mb-%02d", i);
      Files.createDirectories(tenants.resolve(slug));
      Files.writeString(
          tenants.resolve(slug).resolve("tenant.yaml"),
          String.format(
              Locale.ROOT,
              "slug: %s%nname: Kota Bench %02d%nkind: kota%nregionCode: \"%02d.%02d\"%n"
                  + "timeZone: WIB%nmentors:%n  - username: mentor.nasional%n",
              slug,
              i,
              11 + (i - 1) / 29,
              71 + (i - 1) % 29));
    }
    StackConfig config =
        StackConfig.fromSystemProperties(
                data, StackConfig.freePort(), StackConfig.freePort(), StackConfig.freePort())
            .withTenantsDir(tenants);
    long t0 = System.nanoTime();
    try (Stack stack = new Stack(config).start()) {
      line("stack with %d tenants up in %.1f s", TENANTS, (System.nanoTime() - t0) / 1e9);
      String all = WriteLoad.token(config, "mentor.nasional", "*");
      String home = config.appUrl() + "/api/mentor/tenants";
      String single = config.appUrl() + "/t/mb-01/api/mentors";
      HttpClient http = HttpClient.newHttpClient();
      String body = get(http, home, all);
      long listed = body.split("\"slug\"", -1).length - 1;
      line("the mentor's home lists %d tenants", listed);
      if (listed != TENANTS) {
        throw new IllegalStateException("expected " + TENANTS + " tenants: " + body);
      }
      for (int i = 0; i < WARM_UP; i++) {
        get(http, home, all);
        get(http, single, all);
      }
      long[] homeMs = new long[CALLS];
      long[] singleMs = new long[CALLS];
      for (int i = 0; i < CALLS; i++) {
        homeMs[i] = timed(http, home, all);
        singleMs[i] = timed(http, single, all);
      }
      double homeP50 = percentile(homeMs, 50);
      double homeP95 = percentile(homeMs, 95);
      double singleP50 = percentile(singleMs, 50);
      double singleP95 = percentile(singleMs, 95);
      line(
          "GET /api/mentor/tenants (%d tenants): p50 %.1f ms, p95 %.1f ms (n=%d)",
          TENANTS, homeP50, homeP95, CALLS);
      line(
          "GET /t/mb-01/api/mentors (one tenant): p50 %.1f ms, p95 %.1f ms (n=%d)",
          singleP50, singleP95, CALLS);
      line("ratio home/single: p50 %.1fx, p95 %.1fx", homeP50 / singleP50, homeP95 / singleP95);
    }
    Path out = Path.of("target", "mentor-bench-report.txt");
    Files.writeString(out, String.join("\n", report) + "\n");
    System.out.println("\n=== KLIK mentor's home benchmark ===\n" + String.join("\n", report));
  }

  private static String get(HttpClient http, String url, String token) throws Exception {
    HttpResponse<String> r =
        http.send(
            HttpRequest.newBuilder(URI.create(url))
                .header("Authorization", "Bearer " + token)
                .build(),
            HttpResponse.BodyHandlers.ofString());
    if (r.statusCode() != 200) {
      throw new IllegalStateException(url + " -> " + r.statusCode() + " " + r.body());
    }
    return r.body();
  }

  /** Microseconds of one call, answered 200. */
  private static long timed(HttpClient http, String url, String token) throws Exception {
    long t = System.nanoTime();
    get(http, url, token);
    return (System.nanoTime() - t) / 1_000;
  }

  private static double percentile(long[] micros, int p) {
    long[] sorted = micros.clone();
    Arrays.sort(sorted);
    int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
    return sorted[Math.max(0, index)] / 1000.0;
  }

  private void line(String format, Object... args) {
    String text = String.format(Locale.ROOT, format, args);
    report.add(text);
    System.out.println("[bench] " + text);
  }
}
