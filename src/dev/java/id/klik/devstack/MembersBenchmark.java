package id.klik.devstack;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * {@code ./mvnw -Pbench-members package}: 500 members invited by one CSV import into Sumedang on a
 * stack of its own (PostgreSQL, Keycloak, GreenMail, the app). Prints the import's time (it creates
 * 500 Keycloak accounts, adds them to the organization and writes 500 memberships, invitations and
 * outbox mails in one transaction), then how long until the outbox job has delivered all 500 mails,
 * and how many GreenMail holds (read back per address through its REST API).
 */
public final class MembersBenchmark {

  private static final int MEMBERS = 500;
  private final List<String> report = new ArrayList<>();
  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  private MembersBenchmark() {}

  public static void main(String[] args) throws Exception {
    new MembersBenchmark().run();
    System.exit(0);
  }

  private void run() throws Exception {
    Path data = Path.of("target", "members-bench").toAbsolutePath();
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
      String token = WriteLoad.token(config, "admin.sumedang", "sumedang");
      StringBuilder csv = new StringBuilder("email,name,roles\n");
      for (int i = 1; i <= MEMBERS; i++) {
        csv.append(
            String.format(
                Locale.ROOT, "bench%03d@members.example.org,Anggota %03d,innovator%n", i, i));
      }
      long t0 = System.nanoTime();
      HttpResponse<String> r =
          http.send(
              HttpRequest.newBuilder(URI.create(config.appUrl() + "/t/sumedang/api/members/import"))
                  .timeout(Duration.ofMinutes(15))
                  .header("Authorization", "Bearer " + token)
                  .header("Content-Type", "text/csv")
                  .POST(HttpRequest.BodyPublishers.ofString(csv.toString()))
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      double importSeconds = (System.nanoTime() - t0) / 1e9;
      if (r.statusCode() != 200) {
        throw new IllegalStateException("import: " + r.statusCode() + " " + r.body());
      }
      line(
          "CSV import of %d members: %.1f s (%.1f ms per member), HTTP %d",
          MEMBERS, importSeconds, importSeconds * 1000 / MEMBERS, r.statusCode());
      long sent = 0;
      long deadline = System.nanoTime() + Duration.ofMinutes(20).toNanos();
      while (sent < MEMBERS && System.nanoTime() < deadline) {
        Thread.sleep(500);
        sent =
            count(
                stack,
                "select count(*) from t_sumedang.outbox where template_key = 'invitation' and status = 'SENT'");
      }
      double allSent = (System.nanoTime() - t0) / 1e9;
      line(
          "outbox: %d of %d invitation mails SENT %.1f s after the import started (%.1f s after it"
              + " returned)",
          sent, MEMBERS, allSent, allSent - importSeconds);
      int received = 0;
      for (int i = 1; i <= MEMBERS; i++) {
        String address = String.format(Locale.ROOT, "bench%03d@members.example.org", i);
        HttpResponse<String> inbox =
            http.send(
                HttpRequest.newBuilder(
                        URI.create(
                            stack.mail().apiUrl()
                                + "/api/user/"
                                + URLEncoder.encode(address, StandardCharsets.UTF_8)
                                + "/messages/"))
                    .build(),
                HttpResponse.BodyHandlers.ofString());
        if (inbox.statusCode() == 200 && inbox.body().contains("invitation?token=")) {
          received++;
        }
      }
      line("GreenMail holds an invitation for %d of %d addresses", received, MEMBERS);
    }
    Path out = Path.of("target", "members-bench-report.txt");
    Files.writeString(out, String.join("\n", report) + "\n");
    System.out.println("\n=== KLIK members benchmark ===\n" + String.join("\n", report));
  }

  private static long count(Stack stack, String sql) throws Exception {
    try (Connection c = stack.database().getConnection();
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery(sql)) {
      rs.next();
      return rs.getLong(1);
    }
  }

  private void line(String format, Object... args) {
    String text = String.format(Locale.ROOT, format, args);
    report.add(text);
    System.out.println(text);
  }
}
