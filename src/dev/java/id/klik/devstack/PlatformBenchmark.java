package id.klik.devstack;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code ./mvnw -Pbench package}: the platform's figures for 2 and for 500 registered tenants, on
 * this machine, in one run — app start to ready, onboarding time per tenant, throughput and p99 of
 * {@code GET work-units} against a bare JDBC endpoint doing the same query in the same app (the
 * ratio is what counts; absolute figures depend on the machine), and heap per tenant.
 */
public final class PlatformBenchmark {

  private static final int CONNECTIONS = 32;
  private static final int EXTRA_TENANTS = 498;
  private static final Duration WARM_UP = Duration.ofSeconds(8);
  private static final Duration MEASURE = Duration.ofSeconds(10);

  private final List<String> report = new ArrayList<>();

  private PlatformBenchmark() {}

  public static void main(String[] args) throws Exception {
    new PlatformBenchmark().run();
    System.exit(0);
  }

  private void run() throws Exception {
    Path data = Path.of("target", "bench-stack").toAbsolutePath();
    Stack.deleteTree(data);
    Path tenants = data.resolve("tenants");
    Stack.copyTree(Path.of(System.getProperty("klik.tenants.dir")), tenants);
    StackConfig config =
        StackConfig.fromSystemProperties(
                data, StackConfig.freePort(), StackConfig.freePort(), StackConfig.freePort())
            .withTenantsDir(tenants);
    try (Stack stack = new Stack(config).withAppEnv("KLIK_BENCH_ENABLED", "true")) {
      stack.start();
      line("registered tenants: 2");
      line("  app start to ready:        %6.1f s", stack.restartApp().toMillis() / 1000.0);
      onboardingFigures(stack);
      double jpa2 = loadFigures(stack, "2 tenants");
      heap(stack, "2 tenants");
      long heap2 = lastHeap;

      writeTenants(tenants);
      long t0 = System.nanoTime();
      reconcile(config);
      line("registered tenants: %d", 2 + EXTRA_TENANTS);
      line("  reconcile of %d new tenants: %6.1f s", EXTRA_TENANTS, (System.nanoTime() - t0) / 1e9);
      onboardingFigures(stack);
      line(
          "  app start to ready:        %6.1f s  (target <= 20 s)",
          stack.restartApp().toMillis() / 1000.0);
      double jpa500 = loadFigures(stack, "500 tenants");
      heap(stack, "500 tenants");
      line("  heap per registered tenant: %6.1f KiB", (lastHeap - heap2) / 1024.0 / EXTRA_TENANTS);
      line("throughput with 500 tenants / with 2: %.2f  (target >= 0.90)", jpa500 / jpa2);
    }
    Path out = Path.of("target", "bench-report.txt");
    Files.write(out, report);
    System.out.println(
        "\n=== KLIK platform benchmark ===\n"
            + String.join("\n", report)
            + "\n(written to "
            + out
            + ")");
  }

  /**
   * Warms both endpoints, then measures them alternately twice, so neither profits from going
   * second (JIT, caches) and a passing disturbance hits both.
   */
  private double loadFigures(Stack stack, String label) throws Exception {
    String token = token(stack.config(), "admin.pontianak", "pontianak");
    String base = stack.config().appUrl() + "/t/pontianak/api/";
    String jdbcUrl = base + "bench/work-units-jdbc?size=20";
    String jpaUrl = base + "work-units?size=20";
    LoadRun.run(jdbcUrl, token, CONNECTIONS, WARM_UP, Duration.ofSeconds(1));
    LoadRun.run(jpaUrl, token, CONNECTIONS, WARM_UP, Duration.ofSeconds(1));
    List<LoadRun.Result> jdbc = new ArrayList<>();
    List<LoadRun.Result> jpa = new ArrayList<>();
    for (int round = 0; round < 2; round++) {
      jdbc.add(LoadRun.run(jdbcUrl, token, CONNECTIONS, Duration.ofSeconds(2), MEASURE));
      jpa.add(LoadRun.run(jpaUrl, token, CONNECTIONS, Duration.ofSeconds(2), MEASURE));
    }
    double jpaRate = jpa.stream().mapToDouble(LoadRun.Result::perSecond).average().orElse(0);
    double jdbcRate = jdbc.stream().mapToDouble(LoadRun.Result::perSecond).average().orElse(0);
    report("GET work-units (JPA)", jpa);
    report("bare JDBC baseline  ", jdbc);
    line(
        "  ratio JPA/JDBC (%s, %d connections): %.2f  (target >= 0.80; p99 target <= 25 ms)",
        label, CONNECTIONS, jpaRate / jdbcRate);
    return jpaRate;
  }

  private void report(String name, List<LoadRun.Result> rounds) {
    for (LoadRun.Result r : rounds) {
      line(
          "  %s %7.0f req/s  p50 %6.1f ms  p99 %6.1f ms  errors %d",
          name, r.perSecond(), r.p50Millis(), r.p99Millis(), r.errors());
    }
  }

  private void onboardingFigures(Stack stack) throws Exception {
    List<Long> millis = new ArrayList<>();
    try (Connection c = stack.database().getConnection();
        Statement s = c.createStatement();
        ResultSet rs =
            s.executeQuery(
                "select onboarding_millis from platform.tenant where onboarding_millis is not null order by 1")) {
      while (rs.next()) {
        millis.add(rs.getLong(1));
      }
    }
    if (millis.isEmpty()) {
      return;
    }
    line(
        "  onboarding per tenant:     median %5d ms, p95 %5d ms  (n=%d; target median <= 1500 ms)",
        millis.get(millis.size() / 2),
        millis.get(Math.min(millis.size() - 1, (int) Math.ceil(millis.size() * 0.95) - 1)),
        millis.size());
  }

  private long lastHeap;

  private void heap(Stack stack, String label) throws Exception {
    jcmd(stack.appPid(), "GC.run");
    Thread.sleep(1000);
    String info = jcmd(stack.appPid(), "GC.heap_info");
    Matcher m = Pattern.compile("used (\\d+)K").matcher(info);
    lastHeap = m.find() ? Long.parseLong(m.group(1)) * 1024 : -1;
    line("  heap used after GC (%s): %6.1f MiB", label, lastHeap / 1024.0 / 1024.0);
  }

  private static String jcmd(long pid, String command) throws Exception {
    Path jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd");
    Process p =
        new ProcessBuilder(jcmd.toString(), String.valueOf(pid), command)
            .redirectErrorStream(true)
            .start();
    String out = new String(p.getInputStream().readAllBytes());
    p.waitFor();
    return out;
  }

  private static void writeTenants(Path tenants) throws IOException {
    String csv = Files.readString(tenants.resolve("sumedang/work-units.csv"));
    for (int i = 1; i <= EXTRA_TENANTS; i++) {
      String slug = String.format("bench-%03d", i);
      Path dir = Files.createDirectories(tenants.resolve(slug));
      String code = String.format("%02d.%02d", 11 + i / 69, 1 + i % 69);
      Files.writeString(
          dir.resolve("tenant.yaml"),
          "slug: "
              + slug
              + "\nname: Kabupaten Uji "
              + i
              + "\nkind: kabupaten\nregionCode: \""
              + code
              + "\"\ntimeZone: WITA\nseed:\n  workUnits: work-units.csv\n");
      Files.writeString(dir.resolve("work-units.csv"), csv);
    }
  }

  private static void reconcile(StackConfig config) throws Exception {
    String token = token(config, "platform.admin", null);
    HttpClient http = HttpClient.newHttpClient();
    http.send(
        HttpRequest.newBuilder(URI.create(config.appUrl() + "/api/platform/tenants/reconcile"))
            .header("Authorization", "Bearer " + token)
            .POST(HttpRequest.BodyPublishers.noBody())
            .build(),
        HttpResponse.BodyHandlers.discarding());
    for (int i = 0; i < 3600; i++) {
      Thread.sleep(500);
      if (i % 100 == 99) {
        token = token(config, "platform.admin", null);
      }
      String body =
          http.send(
                  HttpRequest.newBuilder(
                          URI.create(config.appUrl() + "/api/platform/tenants/reconcile"))
                      .header("Authorization", "Bearer " + token)
                      .build(),
                  HttpResponse.BodyHandlers.ofString())
              .body();
      if (body.contains("\"finishedAt\"")) {
        return;
      }
    }
    throw new IllegalStateException("reconcile did not finish in 30 minutes");
  }

  static String token(StackConfig config, String user, String org) throws Exception {
    String scope = org == null ? "openid" : "openid organization:" + org;
    String form =
        "grant_type=password&client_id=klik-cli&username="
            + user
            + "&password=demo&scope="
            + scope.replace(" ", "%20").replace(":", "%3A");
    String body =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(
                        URI.create(
                            config.keycloakUrl() + "/realms/klik/protocol/openid-connect/token"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form))
                    .build(),
                HttpResponse.BodyHandlers.ofString())
            .body();
    Matcher m = Pattern.compile("\"access_token\":\"([^\"]+)\"").matcher(body);
    if (!m.find()) {
      throw new IllegalStateException("no token: " + body);
    }
    return m.group(1);
  }

  private void line(String format, Object... args) {
    String text = String.format(Locale.ROOT, format, args);
    report.add(text);
    System.out.println("[bench] " + text);
  }
}
