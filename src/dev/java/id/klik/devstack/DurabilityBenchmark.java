package id.klik.devstack;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * {@code ./mvnw -Pbench-durability package}: what durability costs on the run command's stack. Work
 * units are created by 4 clients in Sumedang for alternating phases with synchronous commit on and
 * off (set for the database, the app's connections dropped so the pool opens new ones), throughput
 * of each and the ratio printed. Then, once per setting, PostgreSQL is killed with SIGKILL under
 * the same load and started again: the acknowledged writes missing afterwards are counted
 * (informative; OutageIT asserts that the durable setting loses none).
 */
public final class DurabilityBenchmark {

  private static final int CLIENTS = 4;
  private static final Duration PHASE = Duration.ofSeconds(12);
  private static final int ROUNDS = 2;

  private final List<String> report = new ArrayList<>();

  private DurabilityBenchmark() {}

  public static void main(String[] args) throws Exception {
    new DurabilityBenchmark().run();
    System.exit(0);
  }

  private void run() throws Exception {
    Path data = Path.of("target", "durability-bench").toAbsolutePath();
    Stack.deleteTree(data);
    Path tenants = data.resolve("tenants");
    Stack.copyTree(
        Path.of(System.getProperty("klik.tenants.dir")).resolve("sumedang"),
        tenants.resolve("sumedang"));
    StackConfig config =
        StackConfig.fromSystemProperties(
                data, StackConfig.freePort(), StackConfig.freePort(), StackConfig.freePort())
            .withTenantsDir(tenants);
    try (Stack stack = new Stack(config).withPostgres(PostgresSettings.DURABLE).start()) {
      String url = config.appUrl() + "/t/sumedang/api/work-units";
      String token = WriteLoad.token(config, "admin.sumedang", "sumedang");
      line("stack: PostgreSQL %s", settings(stack));
      throughput(url, token, "warm-up", Duration.ofSeconds(5));
      double on = 0;
      double off = 0;
      for (int round = 1; round <= ROUNDS; round++) {
        synchronousCommit(stack, true);
        on += throughput(url, token, "r" + round + "-on", PHASE);
        synchronousCommit(stack, false);
        off += throughput(url, token, "r" + round + "-off", PHASE);
      }
      line(
          "work-unit creates/s, %d clients: synchronous_commit on %.1f, off %.1f;"
              + " durable costs ratio on/off = %.2f",
          CLIENTS, on / ROUNDS, off / ROUNDS, on / off);
      lossOnKill(stack, url, token, false);
      lossOnKill(stack, url, token, true);
    }
    Path out = Path.of("target", "durability-bench-report.txt");
    Files.writeString(out, String.join("\n", report) + "\n");
    System.out.println("\n=== KLIK durability benchmark ===\n" + String.join("\n", report));
  }

  private double throughput(String url, String token, String label, Duration length)
      throws Exception {
    WriteLoad load = new WriteLoad(url, token, "B" + label.toUpperCase(Locale.ROOT), CLIENTS);
    long t0 = System.nanoTime();
    load.start();
    Thread.sleep(length.toMillis());
    List<WriteLoad.Outcome> outcomes = load.stop();
    double seconds = (System.nanoTime() - t0) / 1e9;
    long ok = outcomes.stream().filter(WriteLoad.Outcome::acknowledged).count();
    double perSecond = ok / seconds;
    line("%-9s %6.1f creates/s (%d of %d answered 201)", label, perSecond, ok, outcomes.size());
    return perSecond;
  }

  /** Kills PostgreSQL under load and counts the acknowledged writes it no longer has. */
  private void lossOnKill(Stack stack, String url, String token, boolean synchronous)
      throws Exception {
    synchronousCommit(stack, synchronous);
    String prefix = synchronous ? "KILLON" : "KILLOFF";
    WriteLoad load = new WriteLoad(url, token, prefix, CLIENTS).start();
    Thread.sleep(8_000);
    stack.killPostgres();
    List<WriteLoad.Outcome> outcomes = load.stop();
    stack.startPostgresAgain();
    Set<String> acknowledged =
        outcomes.stream()
            .filter(WriteLoad.Outcome::acknowledged)
            .map(WriteLoad.Outcome::code)
            .collect(Collectors.toSet());
    Set<String> stored = new java.util.HashSet<>();
    try (Connection c = stack.database().getConnection();
        var s = c.prepareStatement("select code from t_sumedang.work_unit where code like ?")) {
      s.setString(1, prefix + "-%");
      try (ResultSet rs = s.executeQuery()) {
        while (rs.next()) {
          stored.add(rs.getString(1));
        }
      }
    }
    long lost = acknowledged.stream().filter(code -> !stored.contains(code)).count();
    line(
        "kill -9 under load, synchronous_commit %s: %d acknowledged, %d lost",
        synchronous ? "on " : "off", acknowledged.size(), lost);
  }

  /**
   * Set for the database, which outranks the server's command line, then the app's connections are
   * ended: the pool's validation finds them dead and opens new ones with the new setting.
   */
  private static void synchronousCommit(Stack stack, boolean on) throws Exception {
    try (Connection c = stack.database().getConnection();
        Statement s = c.createStatement()) {
      s.execute("alter database klik set synchronous_commit = " + (on ? "on" : "off"));
      s.execute(
          "select pg_terminate_backend(pid) from pg_stat_activity"
              + " where datname = 'klik' and application_name like 'klik%'");
    }
    Thread.sleep(2_000);
  }

  private static String settings(Stack stack) throws Exception {
    List<String> out = new ArrayList<>();
    try (Connection c = stack.database().getConnection();
        Statement s = c.createStatement()) {
      for (String name : List.of("fsync", "synchronous_commit", "full_page_writes")) {
        try (ResultSet rs = s.executeQuery("show " + name)) {
          rs.next();
          out.add(name + "=" + rs.getString(1));
        }
      }
    }
    return String.join(", ", out);
  }

  private void line(String format, Object... args) {
    String text = String.format(Locale.ROOT, format, args);
    report.add(text);
    System.out.println("[bench] " + text);
  }
}
