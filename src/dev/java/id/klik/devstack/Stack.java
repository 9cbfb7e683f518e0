package id.klik.devstack;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * PostgreSQL (embedded binaries), Keycloak (official distribution) and the app (Payara Micro),
 * started in that order and stopped in reverse. Data lives under {@link StackConfig#dataDir()}.
 */
public final class Stack implements AutoCloseable {

  private final StackConfig config;
  private EmbeddedPostgres postgres;
  private ChildProcess keycloak;
  private ChildProcess app;
  private MailServer mail;
  private int mailSmtpPort;
  private int mailApiPort;
  private PostgresSettings postgresSettings = PostgresSettings.DURABLE;

  public Stack(StackConfig config) {
    this.config = config;
  }

  public StackConfig config() {
    return config;
  }

  public Stack start() throws Exception {
    long t0 = System.nanoTime();
    startPostgres();
    startMail();
    startKeycloak();
    startApp();
    keycloak.awaitHttpOk(config.keycloakUrl() + "/realms/master", Duration.ofMinutes(8));
    new RealmImport(config).ensureRealm();
    app.awaitHttpOk(config.appUrl() + "/health/ready", Duration.ofMinutes(8));
    System.out.printf("Stack ready in %.1f s%n", (System.nanoTime() - t0) / 1e9);
    return this;
  }

  /** Durable unless a test asks for the fast, test-only settings. */
  public Stack withPostgres(PostgresSettings settings) {
    this.postgresSettings = settings;
    return this;
  }

  private void startPostgres() throws IOException, SQLException {
    Path pgData = config.dataDir().resolve("postgres");
    Files.createDirectories(pgData);
    EmbeddedPostgres.Builder builder =
        EmbeddedPostgres.builder()
            .setDataDirectory(pgData)
            .setCleanDataDirectory(false)
            .setPort(config.postgresPort())
            .setServerConfig("max_connections", "300")
            .setServerConfig("listen_addresses", "127.0.0.1");
    postgresSettings.serverConfig().forEach(builder::setServerConfig);
    postgres = builder.start();
    try (Connection c = postgres.getPostgresDatabase().getConnection();
        Statement s = c.createStatement()) {
      for (String db : List.of("klik", "keycloak")) {
        try (ResultSet rs =
            s.executeQuery("select 1 from pg_database where datname = '" + db + "'")) {
          if (!rs.next()) {
            s.execute("create database " + db);
          }
        }
      }
    }
  }

  /** Fixed ports for the SMTP server and its web page (the demo); free ones otherwise. */
  public Stack withMailPorts(int smtp, int api) {
    mailSmtpPort = smtp;
    mailApiPort = api;
    return this;
  }

  private void startMail() throws IOException, InterruptedException {
    mail =
        new MailServer(
                config.stackDir().resolve("greenmail-standalone.jar"),
                config.dataDir().resolve("logs"),
                mailSmtpPort > 0 ? mailSmtpPort : StackConfig.freePort(),
                mailApiPort > 0 ? mailApiPort : StackConfig.freePort())
            .start();
  }

  /** The local SMTP server (GreenMail) the app sends through. */
  public MailServer mail() {
    return mail;
  }

  private void startKeycloak() throws IOException {
    Path home = config.stackDir().resolve("keycloak-" + keycloakVersion());
    Path kcsh = home.resolve("bin/kc.sh");
    kcsh.toFile().setExecutable(true);
    List<String> command =
        List.of(
            kcsh.toString(),
            "start-dev",
            "--http-host=127.0.0.1",
            "--http-port=" + config.keycloakPort(),
            "--http-management-port=" + StackConfig.freePort(),
            "--db=postgres",
            "--db-url=" + config.jdbcUrl("keycloak"),
            "--db-username=postgres",
            "--db-password=postgres",
            "--features=organization",
            "--cache=local");
    keycloak =
        ChildProcess.start(
            "Keycloak",
            command,
            Map.of(
                "KC_BOOTSTRAP_ADMIN_USERNAME", RealmImport.ADMIN,
                "KC_BOOTSTRAP_ADMIN_PASSWORD", RealmImport.ADMIN_PASSWORD,
                "JAVA_OPTS_KC_HEAP", "-Xms64m -Xmx768m"),
            home,
            config.dataDir().resolve("logs/keycloak.log"));
  }

  private void startApp() throws IOException {
    Path root = config.dataDir().resolve("payara");
    deleteTree(root);
    Files.createDirectories(root);
    Path war = root.resolve("ROOT.war");
    Files.copy(config.war(), war, StandardCopyOption.REPLACE_EXISTING);
    Path preboot = root.resolve("preboot.asadmin");
    Files.writeString(
        preboot,
        "set configs.config.server-config.network-config.network-listeners"
            + ".network-listener.http-listener.address=127.0.0.1\n"
            + "set configs.config.server-config.thread-pools.thread-pool.http-thread-pool"
            + ".max-thread-pool-size=64\n");
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(
        List.of("-Xmx1g", "-jar", config.stackDir().resolve("payara-micro.jar").toString()));
    command.addAll(
        List.of(
            "--deploy",
            war.toString(),
            "--port",
            String.valueOf(config.appPort()),
            "--nocluster",
            "--rootDir",
            root.resolve("domain").toString(),
            "--prebootcommandfile",
            preboot.toString()));
    app =
        ChildProcess.start(
            "Payara Micro",
            command,
            appEnvironment(),
            root,
            config.dataDir().resolve("logs/app.log"));
  }

  private final Map<String, String> extraAppEnv = new java.util.HashMap<>();

  /** An extra environment variable for the app, e.g. to enable the benchmark's baseline. */
  public Stack withAppEnv(String name, String value) {
    extraAppEnv.put(name, value);
    return this;
  }

  /** Stops and starts the app alone; returns the time from process start to ready. */
  public java.time.Duration restartApp() throws Exception {
    app.close();
    long t0 = System.nanoTime();
    startApp();
    app.awaitHttpOk(config.appUrl() + "/health/ready", Duration.ofMinutes(10));
    return java.time.Duration.ofNanos(System.nanoTime() - t0);
  }

  /**
   * A crash as an operator would cause one: SIGKILL to the postmaster (its PID is the first line of
   * {@code postmaster.pid}), then waits for its orphaned backends to exit, so the same data folder
   * can be started again.
   */
  public void killPostgres() throws Exception {
    Path pidFile = config.dataDir().resolve("postgres/postmaster.pid");
    long pid = Long.parseLong(Files.readAllLines(pidFile).get(0).trim());
    ProcessHandle postmaster = ProcessHandle.of(pid).orElseThrow();
    List<ProcessHandle> backends = postmaster.descendants().toList();
    postmaster.destroyForcibly();
    postmaster.onExit().get(10, java.util.concurrent.TimeUnit.SECONDS);
    long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
    for (ProcessHandle backend : backends) {
      while (backend.isAlive() && System.nanoTime() < deadline) {
        Thread.sleep(50);
      }
      backend.destroyForcibly();
    }
    postgres.close(); // releases the library's lock on the folder; its "pg_ctl stop" fails
    postgres = null;
  }

  /** Starts PostgreSQL again on the same data folder and port, with the same settings. */
  public void startPostgresAgain() throws IOException, SQLException {
    startPostgres();
  }

  /** Stops Keycloak (the app keeps running). */
  public void stopKeycloak() {
    keycloak.close();
  }

  /** Starts Keycloak again on the same port and database; returns when its realm answers. */
  public void startKeycloakAgain() throws Exception {
    startKeycloak();
    keycloak.awaitHttpOk(
        config.keycloakUrl() + "/realms/klik/.well-known/openid-configuration",
        Duration.ofMinutes(4));
  }

  public long appPid() {
    return app.pid();
  }

  Map<String, String> appEnvironment() {
    Map<String, String> env = new java.util.HashMap<>(baseEnvironment());
    if (mail != null) {
      env.putAll(mail.appEnvironment());
    }
    env.putAll(extraAppEnv);
    return env;
  }

  private Map<String, String> baseEnvironment() {
    return Map.of(
        "KLIK_DB_URL", config.jdbcUrl("klik"),
        "KLIK_DB_USER", "postgres",
        "KLIK_DB_PASSWORD", "postgres",
        "KLIK_KEYCLOAK_URL", config.keycloakUrl(),
        "KLIK_KEYCLOAK_CLIENT_SECRET", config.clientSecret(),
        "KLIK_PUBLIC_URL", config.appUrl(),
        "KLIK_BASE_DOMAIN", "localhost",
        "KLIK_TENANTS_DIR", config.tenantsDir().toString());
  }

  public String appLogTail() {
    return app == null ? "" : app.tail();
  }

  public Path appLog() {
    return app.log();
  }

  public String jdbcUrl() {
    return config.jdbcUrl("klik");
  }

  public javax.sql.DataSource database() {
    return postgres.getDatabase("postgres", "klik");
  }

  static String keycloakVersion() {
    return System.getProperty("klik.keycloak.version", "26.7.3");
  }

  @Override
  public void close() {
    if (app != null) {
      app.close();
    }
    if (keycloak != null) {
      keycloak.close();
    }
    if (mail != null) {
      mail.close();
    }
    if (postgres != null) {
      try {
        postgres.close();
      } catch (IOException e) {
        System.err.println("PostgreSQL did not stop cleanly: " + e.getMessage());
      }
    }
  }

  /** Copies a folder tree, e.g. {@code tenants/}, into a stack's own data folder. */
  public static void copyTree(Path from, Path to) throws IOException {
    try (Stream<Path> paths = Files.walk(from)) {
      for (Path p : paths.toList()) {
        Path target = to.resolve(from.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(target);
        } else {
          Files.copy(p, target, StandardCopyOption.REPLACE_EXISTING);
        }
      }
    }
  }

  public static void deleteTree(Path root) throws IOException {
    if (!Files.exists(root)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(root)) {
      for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }
}
