package id.klik.devstack;

import id.klik.calendar.application.CalendarEvent;
import id.klik.calendar.application.Ics;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code ./mvnw -Pbench-feed package}: the personal calendar feed ({@code GET
 * /calendar/<secret>.ics}) of a person with 500 events. A generated tenant ({@code feed},
 * Pontianak's work units, the national mentor accepted) gets 50 teams and 5,000 confirmed
 * consultations, 500 of them with {@code mentor.nasional} inside the feed's range (3 months back,
 * 12 ahead). In the same run, p50/p95 of:
 *
 * <ol>
 *   <li>the mentor's feed (500 events) through the app: token lookup, entering the tenant, the
 *       calendar sources, iCalendar writing, HTTP;
 *   <li>the feed of a member with no events, same tenant, same path: the fixed cost of a feed;
 *   <li>writing the same 500 events with {@link Ics} in this process, no database and no HTTP: the
 *       floor of the iCalendar writing alone.
 * </ol>
 *
 * The feed must hold exactly 500 events, the empty one none.
 */
public final class FeedBenchmark {

  private static final int EVENTS = 500;
  private static final int OTHERS = 4_500;
  private static final int TEAMS = 50;
  private static final int WARM_UP = 20;
  private static final int CALLS = 100;
  private static final ZoneId WIB = ZoneId.of("Asia/Jakarta");
  private static final Pattern URL = Pattern.compile("\"url\"\\s*:\\s*\"([^\"]+)\"");

  private final List<String> report = new ArrayList<>();

  private FeedBenchmark() {}

  public static void main(String[] args) throws Exception {
    new FeedBenchmark().run();
    System.exit(0);
  }

  private void run() throws Exception {
    Path data = Path.of("target", "feed-bench").toAbsolutePath();
    Stack.deleteTree(data);
    Path tenants = data.resolve("tenants");
    Path source = Path.of(System.getProperty("klik.tenants.dir"));
    Stack.copyTree(source.resolve("_platform"), tenants.resolve("_platform"));
    Path folder = tenants.resolve("feed");
    Files.createDirectories(folder);
    Files.copy(source.resolve("pontianak/work-units.csv"), folder.resolve("work-units.csv"));
    Files.writeString(
        folder.resolve("tenant.yaml"),
        "slug: feed\nname: Kota Bench Kalender\nkind: kota\nregionCode: \"61.72\"\ntimeZone: WIB\n"
            + "modules: [work-units, templates, programs, consultations, innovations]\n"
            + "members:\n  - username: admin.pontianak\n    email: admin.pontianak@klik.example.go.id\n"
            + "    name: Admin Bench\n    roles: [clinic-admin]\n"
            + "  - username: inovator.pontianak\n    email: inovator.pontianak@klik.example.go.id\n"
            + "    name: Inovator Bench\n    roles: [innovator]\n"
            + "mentors:\n  - username: mentor.nasional\n"
            + "seed:\n  workUnits: work-units.csv\n");
    StackConfig config =
        StackConfig.fromSystemProperties(
                data, StackConfig.freePort(), StackConfig.freePort(), StackConfig.freePort())
            .withTenantsDir(tenants);
    long t0 = System.nanoTime();
    try (Stack stack = new Stack(config).start()) {
      line("stack up in %.1f s", (System.nanoTime() - t0) / 1e9);
      long tInsert = System.nanoTime();
      List<CalendarEvent> events = insert(stack);
      line(
          "%d teams and %d confirmed consultations written in %.1f s (%d of them the mentor's)",
          TEAMS, EVENTS + OTHERS, (System.nanoTime() - tInsert) / 1e9, EVENTS);
      HttpClient http = HttpClient.newHttpClient();
      String mentorFeed = feedUrl(http, config, "mentor.nasional");
      String emptyFeed = feedUrl(http, config, "admin.pontianak");
      String body = get(http, mentorFeed);
      int count = count(body);
      line("the mentor's feed holds %d events, %d bytes", count, body.length());
      if (count != EVENTS) {
        throw new IllegalStateException("expected " + EVENTS + " events in the feed, got " + count);
      }
      String empty = get(http, emptyFeed);
      if (count(empty) != 0) {
        throw new IllegalStateException("the member without events has some: " + empty);
      }
      Ics ics = new Ics();
      int rendered = ics.publish(events, WIB).length;
      line("the same events written in process: %d bytes", rendered);
      for (int i = 0; i < WARM_UP; i++) {
        get(http, mentorFeed);
        get(http, emptyFeed);
        ics.publish(events, WIB);
      }
      long[] full = new long[CALLS];
      long[] none = new long[CALLS];
      long[] local = new long[CALLS];
      for (int i = 0; i < CALLS; i++) {
        long t = System.nanoTime();
        get(http, mentorFeed);
        full[i] = (System.nanoTime() - t) / 1_000;
        t = System.nanoTime();
        get(http, emptyFeed);
        none[i] = (System.nanoTime() - t) / 1_000;
        t = System.nanoTime();
        ics.publish(events, WIB);
        local[i] = (System.nanoTime() - t) / 1_000;
      }
      line(
          "GET /calendar/<secret>.ics, %d events: p50 %.1f ms, p95 %.1f ms (n=%d)",
          EVENTS, percentile(full, 50), percentile(full, 95), CALLS);
      line(
          "GET /calendar/<secret>.ics, no events: p50 %.1f ms, p95 %.1f ms",
          percentile(none, 50), percentile(none, 95));
      line(
          "Ics.publish of the %d events in process: p50 %.1f ms, p95 %.1f ms",
          EVENTS, percentile(local, 50), percentile(local, 95));
      line(
          "ratio feed/empty feed: p50 %.1fx, p95 %.1fx; feed/writing alone: p50 %.1fx, p95 %.1fx",
          percentile(full, 50) / percentile(none, 50),
          percentile(full, 95) / percentile(none, 95),
          percentile(full, 50) / percentile(local, 50),
          percentile(full, 95) / percentile(local, 95));
    }
    Path out = Path.of("target", "feed-bench-report.txt");
    Files.writeString(out, String.join("\n", report) + "\n");
    System.out.println("\n=== KLIK personal feed benchmark ===\n" + String.join("\n", report));
  }

  /**
   * 50 teams, then 500 confirmed consultations with the national mentor (two a day at 09:00 and
   * 14:00 local time, from 80 days back over 250 days) and 4,500 with 90 other mentors over the
   * same range. Answers the mentor's 500 as the events the feed should hold (for the in-process
   * writing).
   */
  private static List<CalendarEvent> insert(Stack stack) throws Exception {
    List<CalendarEvent> mine = new ArrayList<>();
    try (Connection c = stack.database().getConnection()) {
      c.setAutoCommit(false);
      List<UUID> units = new ArrayList<>();
      try (Statement s = c.createStatement();
          ResultSet rs = s.executeQuery("select id from t_feed.work_unit order by code")) {
        while (rs.next()) {
          units.add(rs.getObject(1, UUID.class));
        }
      }
      UUID leader;
      try (Statement s = c.createStatement();
          ResultSet rs =
              s.executeQuery(
                  "select id from t_feed.membership where username = 'inovator.pontianak'")) {
        rs.next();
        leader = rs.getObject(1, UUID.class);
      }
      List<UUID> teams = new ArrayList<>();
      try (PreparedStatement p =
              c.prepareStatement(
                  "insert into t_feed.team (id, name, work_unit_id, leader_membership_id)"
                      + " values (?, ?, ?, ?)");
          PreparedStatement member =
              c.prepareStatement(
                  "insert into t_feed.team_member (team_id, membership_id) values (?, ?)")) {
        for (int i = 0; i < TEAMS; i++) {
          UUID id = UUID.randomUUID();
          teams.add(id);
          p.setObject(1, id);
          p.setString(2, String.format(Locale.ROOT, "Tim Bench %02d", i + 1));
          p.setObject(3, units.get(i % units.size()));
          p.setObject(4, leader);
          p.addBatch();
          member.setObject(1, id);
          member.setObject(2, leader);
          member.addBatch();
        }
        p.executeBatch();
        member.executeBatch();
      }
      LocalDate first = LocalDate.now(WIB).minusDays(80);
      try (PreparedStatement p =
          c.prepareStatement(
              "insert into t_feed.consultation (id, team_id, topic, mentor_username,"
                  + " mentor_national, minutes, status, starts_at, ends_at, requested_by,"
                  + " confirmed_by) values (?, ?, ?, ?, ?, 60, 'CONFIRMED', ?, ?, 'bench',"
                  + " 'bench')")) {
        for (int i = 0; i < EVENTS + OTHERS; i++) {
          boolean national = i < EVENTS;
          int day = national ? i / 2 : i % 450;
          int hour = national ? (i % 2 == 0 ? 9 : 14) : 8 + i / 450;
          String mentor = national ? "mentor.nasional" : "mentor.bench" + (i % 90);
          ZonedDateTime start = first.plusDays(day).atTime(hour, 0).atZone(WIB);
          UUID id = UUID.randomUUID();
          UUID team = teams.get(i % TEAMS);
          String topic = "Konsultasi rancangan inovasi nomor " + (i + 1);
          p.setObject(1, id);
          p.setObject(2, team);
          p.setString(3, topic);
          p.setString(4, mentor);
          p.setBoolean(5, national);
          p.setTimestamp(6, Timestamp.from(start.toInstant()));
          p.setTimestamp(7, Timestamp.from(start.plusHours(1).toInstant()));
          p.addBatch();
          if (national) {
            mine.add(
                new CalendarEvent(
                    "consultation-" + id + "@klik",
                    0,
                    "Konsultasi: " + topic + " (Tim Bench)",
                    topic + "\nTim Bench\n" + mentor + "\n/t/feed/consultations?id=" + id,
                    start,
                    start.plusHours(1),
                    null,
                    "http://127.0.0.1/t/feed/consultations?id=" + id,
                    false));
          }
        }
        p.executeBatch();
      }
      c.commit();
    }
    return mine;
  }

  /** A new personal feed of the person (through the API, as the calendar page makes it). */
  private static String feedUrl(HttpClient http, StackConfig config, String username)
      throws Exception {
    String token = WriteLoad.token(config, username, "feed");
    HttpResponse<String> r =
        http.send(
            HttpRequest.newBuilder(URI.create(config.appUrl() + "/t/feed/api/calendar/feed"))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{}"))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    Matcher url = URL.matcher(r.body());
    if (r.statusCode() != 201 || !url.find()) {
      throw new IllegalStateException("feed of " + username + " -> " + r.statusCode() + r.body());
    }
    String path = URI.create(url.group(1)).getPath();
    return config.appUrl() + path;
  }

  private static String get(HttpClient http, String url) throws Exception {
    HttpResponse<byte[]> r =
        http.send(
            HttpRequest.newBuilder(URI.create(url)).build(),
            HttpResponse.BodyHandlers.ofByteArray());
    if (r.statusCode() != 200) {
      throw new IllegalStateException(url + " -> " + r.statusCode());
    }
    return new String(r.body(), StandardCharsets.UTF_8);
  }

  private static int count(String ics) {
    int n = 0;
    for (int at = ics.indexOf("BEGIN:VEVENT"); at >= 0; at = ics.indexOf("BEGIN:VEVENT", at + 1)) {
      n++;
    }
    return n;
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
