package id.klik.it;

import static org.assertj.core.api.Assertions.assertThat;

import id.klik.devstack.BackupCommand;
import id.klik.devstack.PostgresSettings;
import id.klik.devstack.Stack;
import id.klik.devstack.StackConfig;
import id.klik.devstack.WriteLoad;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
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
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Faults on a real stack of its own (own data folder, own ports, the run command's durable
 * PostgreSQL settings), so the shared stack of the other tests is untouched: PostgreSQL killed with
 * SIGKILL under write load and started again on the same folder, then Keycloak stopped and started
 * under API traffic and an onboarding. The app is never restarted.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class OutageIT {

  private static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private static Stack stack;
  private static long appPid;

  @BeforeAll
  static void startOwnStack() throws Exception {
    Path data = Path.of("target", "outage-stack").toAbsolutePath();
    Stack.deleteTree(data);
    Path tenants = data.resolve("tenants");
    Path repoTenants = Path.of(System.getProperty("klik.tenants.dir"));
    // Sumedang's manifest accepts the national mentor that _platform declares
    for (String slug : List.of("sumedang", "_platform")) {
      Stack.copyTree(repoTenants.resolve(slug), tenants.resolve(slug));
    }
    StackConfig config =
        StackConfig.fromSystemProperties(
                data, StackConfig.freePort(), StackConfig.freePort(), StackConfig.freePort())
            .withTenantsDir(tenants);
    stack = new Stack(config).withPostgres(PostgresSettings.DURABLE);
    try {
      stack.start();
    } catch (Exception e) {
      System.err.println("--- app log tail ---\n" + stack.appLogTail());
      stack.close();
      throw e;
    }
    appPid = stack.appPid();
  }

  @AfterAll
  static void stopOwnStack() {
    if (stack != null) {
      stack.close();
    }
  }

  @Test
  @Order(1)
  void theRunCommandsSettingsAreDurable() throws Exception {
    try (Connection c = stack.database().getConnection();
        Statement s = c.createStatement()) {
      for (String setting : List.of("fsync", "synchronous_commit", "full_page_writes")) {
        try (ResultSet rs = s.executeQuery("show " + setting)) {
          rs.next();
          assertThat(rs.getString(1)).as(setting).isEqualTo("on");
        }
      }
    }
  }

  @Test
  @Order(2)
  void aKilledDatabaseLosesNoAcknowledgedWriteAndTheAppServesAgainWithoutRestart()
      throws Exception {
    String url = stack.config().appUrl() + "/t/sumedang/api/work-units";
    String token = WriteLoad.token(stack.config(), "admin.sumedang", "sumedang");
    WriteLoad load = new WriteLoad(url, token, "OUT", 4).start();
    Thread.sleep(3_000);
    long killedAt = System.nanoTime();
    stack.killPostgres();
    long deadAt = System.nanoTime();
    Thread.sleep(2_000);
    Reply readyDuringOutage = get("/health/ready");
    Thread.sleep(1_000);
    long restartAt = System.nanoTime();
    stack.startPostgresAgain();
    long backAt = System.nanoTime();
    long servedAgainAt = awaitAcknowledgedAfter(load, backAt, Duration.ofSeconds(30));
    Thread.sleep(2_000);
    List<WriteLoad.Outcome> outcomes = load.stop();

    Map<Integer, Long> byStatus =
        outcomes.stream().collect(Collectors.groupingBy(o -> o.status(), Collectors.counting()));
    System.out.printf(
        "[outage] answers by status %s; served again %.1f s after PostgreSQL was back;"
            + " outage %.1f s (kill %.1f s, start %.1f s)%n",
        byStatus,
        (servedAgainAt - backAt) / 1e9,
        (backAt - killedAt) / 1e9,
        (deadAt - killedAt) / 1e9,
        (backAt - restartAt) / 1e9);
    assertThat(readyDuringOutage.status()).isEqualTo(503);
    assertThat(readyDuringOutage.body()).contains("\"database\"", "DOWN");
    assertThat(outcomes.stream().filter(o -> o.startNanos() < killedAt && o.acknowledged()))
        .as("writes before the kill")
        .isNotEmpty();
    assertThat(outcomes.stream().filter(o -> o.startNanos() > backAt && o.acknowledged()))
        .as("writes after PostgreSQL was back")
        .isNotEmpty();
    assertThat((servedAgainAt - backAt) / 1e9).as("seconds to serve again").isLessThan(10);
    for (WriteLoad.Outcome o : outcomes) {
      assertThat(o.status()).as(o.code() + ": " + o.body()).isIn(201, 503);
      assertThat(o.seconds()).as(o.code() + " took").isLessThan(20);
      if (o.status() == 503) {
        assertThat(o.body()).as(o.code()).contains("\"code\":\"error.unavailable\"");
        assertThat(o.body()).as(o.code()).contains("database");
        assertThat(o.retryAfter()).as(o.code() + " Retry-After").isNotNull();
      }
    }
    assertThat(outcomes.stream().filter(o -> o.status() == 503)).as("503 answers").isNotEmpty();
    Set<String> acknowledged =
        outcomes.stream()
            .filter(WriteLoad.Outcome::acknowledged)
            .map(WriteLoad.Outcome::code)
            .collect(Collectors.toSet());
    Map<String, Integer> stored = storedCodes(stack.database(), "OUT-%");
    assertThat(stored.keySet()).as("acknowledged writes still there").containsAll(acknowledged);
    assertThat(stored.values()).as("rows per code").allMatch(n -> n == 1);
    assertThat(stack.appPid()).as("the app was not restarted").isEqualTo(appPid);
    assertThat(get("/health/ready").status()).isEqualTo(200);
  }

  @Test
  @Order(3)
  void anOnlineBackupStartsAsAServerWithEveryAcknowledgedWrite() throws Exception {
    Path backup = stack.config().dataDir().resolve("backup");
    Map<String, Integer> live = storedCodes(stack.database(), "OUT-%");

    BackupCommand.backup(
        stack.config().jdbcUrl("postgres"), stack.config().dataDir().resolve("postgres"), backup);

    try (EmbeddedPostgres restored =
        EmbeddedPostgres.builder()
            .setDataDirectory(backup)
            .setCleanDataDirectory(false)
            .setPort(StackConfig.freePort())
            .start()) {
      assertThat(storedCodes(restored.getDatabase("postgres", "klik"), "OUT-%"))
          .as("work units in the restored copy")
          .isEqualTo(live)
          .isNotEmpty();
      assertThat(storedCodes(restored.getDatabase("postgres", "klik"), "%"))
          .hasSizeGreaterThan(live.size());
    }
  }

  @Test
  @Order(4)
  void withKeycloakDownApiCallsPassSignInSaysUnavailableAndOnboardingFinishesAfter()
      throws Exception {
    String token = WriteLoad.token(stack.config(), "admin.sumedang", "sumedang");
    String admin = WriteLoad.token(stack.config(), "platform.admin", null);
    assertThat(api("GET", "/t/sumedang/api/work-units?size=1", token).status()).isEqualTo(200);
    writeManifest("kc-down", "Kabupaten Saat Keycloak Mati", "32.12");

    stack.stopKeycloak();
    try {
      for (int i = 0; i < 20; i++) {
        Reply r = api("GET", "/t/sumedang/api/work-units?size=1", token);
        assertThat(r.status()).as("API call %d with a valid token: %s", i, r.body()).isEqualTo(200);
      }
      assertThat(api("POST", "/api/platform/tenants/reconcile", admin).status()).isEqualTo(202);
      String result = awaitReconcileEntry(admin, "kc-down");
      assertThat(result).isEqualTo("UNAVAILABLE");
      assertThat(api("GET", "/t/kc-down/api/work-units", token).status())
          .as("a tenant half onboarded serves nothing")
          .isEqualTo(503);
      Reply login =
          send(
              HttpRequest.newBuilder(
                      URI.create(stack.config().appUrl() + "/auth/login?tenant=sumedang&lang=en"))
                  .GET());
      assertThat(login.status()).isEqualTo(503);
      assertThat(login.body()).contains("Sign-in is unavailable");
      assertThat(get("/health/ready").status()).as("still in service").isEqualTo(200);
      Reply dependencies = get("/status/dependencies");
      assertThat(dependencies.status()).isEqualTo(503);
      assertThat(dependencies.body())
          .contains("{\"name\":\"keycloak\",\"status\":\"DOWN\"}")
          .contains("{\"name\":\"database\",\"status\":\"UP\"}");
    } finally {
      stack.startKeycloakAgain();
    }

    // no one reconciles again: the app retries the onboarding by itself
    long deadline = System.nanoTime() + Duration.ofMinutes(4).toNanos();
    String status = "";
    while (System.nanoTime() < deadline && !status.equals("ACTIVE")) {
      Thread.sleep(1_000);
      status = tenantStatus("kc-down");
    }
    assertThat(status).as("kc-down after Keycloak is back").isEqualTo("ACTIVE");
    String member = WriteLoad.token(stack.config(), "admin.sumedang", "kc-down");
    assertThat(api("GET", "/t/kc-down/api/work-units", member).status()).isEqualTo(200);
    assertThat(api("GET", "/t/sumedang/api/work-units?size=1", token).status()).isEqualTo(200);
    assertThat(stack.appPid()).as("the app was not restarted").isEqualTo(appPid);
  }

  private static void writeManifest(String slug, String name, String regionCode) throws Exception {
    Path dir = stack.config().tenantsDir().resolve(slug);
    Files.createDirectories(dir);
    Files.writeString(
        dir.resolve("tenant.yaml"),
        "slug: "
            + slug
            + "\nname: "
            + name
            + "\nkind: kabupaten\nregionCode: \""
            + regionCode
            + "\"\ntimeZone: WIB\nmembers:\n  - username: admin.sumedang\n"
            + "    roles: [clinic-admin]\n");
  }

  private static String awaitReconcileEntry(String admin, String folder) throws Exception {
    for (int i = 0; i < 240; i++) {
      Reply run = api("GET", "/api/platform/tenants/reconcile", admin);
      if (run.body().contains("\"finishedAt\"") && !run.body().contains("\"finishedAt\":null")) {
        var entries =
            jakarta.json.Json.createReader(new java.io.StringReader(run.body()))
                .readObject()
                .getJsonArray("entries");
        for (var e : entries) {
          var entry = e.asJsonObject();
          if (entry.getString("folder").equals(folder)) {
            return entry.getString("result");
          }
        }
      }
      Thread.sleep(250);
    }
    throw new AssertionError("reconcile did not finish within 60 s");
  }

  private static String tenantStatus(String slug) throws Exception {
    try (Connection c = stack.database().getConnection();
        var s = c.prepareStatement("select status from platform.tenant where slug = ?")) {
      s.setString(1, slug);
      try (ResultSet rs = s.executeQuery()) {
        return rs.next() ? rs.getString(1) : "";
      }
    }
  }

  static Reply api(String method, String path, String token) throws Exception {
    return send(
        HttpRequest.newBuilder(URI.create(stack.config().appUrl() + path))
            .header("Authorization", "Bearer " + token)
            .method(method, HttpRequest.BodyPublishers.noBody()));
  }

  private static long awaitAcknowledgedAfter(WriteLoad load, long after, Duration timeout)
      throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (System.nanoTime() < deadline) {
      var first =
          load.outcomes().stream()
              .filter(o -> o.startNanos() > after && o.acknowledged())
              .mapToLong(WriteLoad.Outcome::endNanos)
              .min();
      if (first.isPresent()) {
        return first.getAsLong();
      }
      Thread.sleep(100);
    }
    throw new AssertionError("no write acknowledged within " + timeout + " after PostgreSQL");
  }

  /** Rows per work-unit code in Sumedang's schema. */
  private static Map<String, Integer> storedCodes(DataSource database, String like)
      throws Exception {
    Map<String, Integer> counts = new HashMap<>();
    try (Connection c = database.getConnection();
        var s =
            c.prepareStatement(
                "select code, count(*) from t_sumedang.work_unit where code like ? group by code")) {
      s.setString(1, like);
      try (ResultSet rs = s.executeQuery()) {
        while (rs.next()) {
          counts.put(rs.getString(1), rs.getInt(2));
        }
      }
    }
    return counts;
  }

  record Reply(int status, String body, String retryAfter) {}

  static Reply get(String path) throws Exception {
    return send(HttpRequest.newBuilder(URI.create(stack.config().appUrl() + path)).GET());
  }

  static Reply send(HttpRequest.Builder request) throws Exception {
    HttpResponse<String> r =
        HTTP.send(
            request.timeout(Duration.ofSeconds(20)).build(), HttpResponse.BodyHandlers.ofString());
    return new Reply(r.statusCode(), r.body(), r.headers().firstValue("Retry-After").orElse(null));
  }
}
