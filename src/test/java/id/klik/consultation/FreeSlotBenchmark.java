package id.klik.consultation;

import id.klik.consultation.domain.Availability;
import id.klik.consultation.domain.FreeSlots;
import id.klik.consultation.domain.OneOffSlot;
import id.klik.consultation.domain.Slot;
import id.klik.consultation.domain.WeeklySlot;
import id.klik.files.infrastructure.TenantSchemas;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.UUID;

/**
 * Finding a mentor's free slots for a month, in a tenant with 200 mentors' availability and 5,000
 * confirmed consultations (embedded PostgreSQL, the tenant migrations), the app's way against the
 * plain SQL in the same run:
 *
 * <ul>
 *   <li>app: the two reads the repositories issue (the mentor's availability rows, their confirmed
 *       consultations overlapping the month), then {@link Availability#expand} and {@link
 *       FreeSlots#free} in Java;
 *   <li>plain SQL: one statement that expands the weekly and one-off slots with {@code
 *       generate_series} in each row's zone and drops those a confirmed consultation overlaps.
 * </ul>
 *
 * Both must find the same slots for every mentor. Prints p50/p95 over 1,000 calls each (every
 * mentor five times, after a warm-up) and the ratios:
 *
 * <pre>./mvnw -q -B -Pbench-consultations test-compile exec:exec</pre>
 */
public final class FreeSlotBenchmark {

  static final int MENTORS = 200;
  static final int CONSULTATIONS = 5_000;
  static final ZoneId WIB = ZoneId.of("Asia/Jakarta");

  static final String AVAILABILITY =
      "select kind, day_of_week, on_date, start_time, minutes, zone from mentor_availability"
          + " where username = ?";
  static final String BOOKED =
      "select starts_at, ends_at from consultation where mentor_username = ? and status ="
          + " 'CONFIRMED' and ends_at > ? and starts_at < ?";
  static final String PLAIN =
      "select s.start_at, s.start_at + make_interval(mins => a.minutes) from mentor_availability a"
          + " cross join lateral ("
          + "   select ((d::date + a.start_time) at time zone a.zone) as start_at"
          + "   from generate_series(((?::timestamptz) at time zone a.zone)::date - 1,"
          + "                        ((?::timestamptz) at time zone a.zone)::date + 1,"
          + "                        interval '1 day') d"
          + "   where a.kind = 'WEEKLY' and extract(isodow from d) = a.day_of_week"
          + "   union all"
          + "   select (a.on_date + a.start_time) at time zone a.zone where a.kind = 'ONCE') s"
          + " where a.username = ? and s.start_at >= ? and s.start_at < ?"
          + " and not exists (select 1 from consultation c where c.mentor_username = a.username"
          + "   and c.status = 'CONFIRMED' and c.starts_at < s.start_at + make_interval(mins =>"
          + " a.minutes) and c.ends_at > s.start_at)"
          + " order by 1";

  public static void main(String[] args) throws Exception {
    Path work = Path.of("target", "bench-consultations").toAbsolutePath();
    Files.createDirectories(work);
    try (TenantSchemas db = TenantSchemas.start(work.resolve("postgres"), "t_bench");
        TenantSchemas.Tenant tenant = db.tenant("t_bench")) {
      Instant from = LocalDate.now(WIB).plusDays(1).atStartOfDay(WIB).toInstant();
      Instant to = LocalDate.now(WIB).plusDays(1).plusMonths(1).atStartOfDay(WIB).toInstant();
      tenant.call(
          c -> {
            seed(c, from);
            return null;
          });
      System.out.printf(
          "Free slots for a month: %d mentors' availability, %d confirmed consultations%n",
          MENTORS, db.count("select count(*) from t_bench.consultation"));
      List<String> mentors = new ArrayList<>();
      for (int m = 1; m <= MENTORS; m++) {
        mentors.add(mentor(m));
      }
      // same answers both ways, for every mentor
      int slots =
          tenant.call(
              c -> {
                int total = 0;
                for (String m : mentors) {
                  List<Slot> app = app(c, m, from, to);
                  List<Slot> sql = plain(c, m, from, to);
                  if (!app.equals(sql)) {
                    throw new IllegalStateException(
                        m + ": app " + app.size() + " slots, SQL " + sql.size());
                  }
                  total += app.size();
                }
                return total;
              });
      System.out.printf("both ways find the same %d free slots%n", slots);
      for (int warm = 0; warm < 2; warm++) {
        run(tenant, mentors, (c, m) -> app(c, m, from, to).size());
        run(tenant, mentors, (c, m) -> plain(c, m, from, to).size());
      }
      double[] sql = run(tenant, mentors, (c, m) -> plain(c, m, from, to).size());
      double[] app = run(tenant, mentors, (c, m) -> app(c, m, from, to).size());
      print("plain SQL (one statement)", sql, sql);
      print("app (2 reads + Java)", app, sql);
    }
  }

  interface Call {
    int apply(Connection c, String mentor) throws SQLException;
  }

  static double[] run(TenantSchemas.Tenant tenant, List<String> mentors, Call call) {
    return tenant.call(
        c -> {
          double[] ms = new double[mentors.size() * 5];
          int i = 0;
          for (int round = 0; round < 5; round++) {
            for (String m : mentors) {
              long t0 = System.nanoTime();
              call.apply(c, m);
              ms[i++] = (System.nanoTime() - t0) / 1e6;
            }
          }
          return ms;
        });
  }

  static void print(String name, double[] ms, double[] floor) {
    double p50 = pct(ms, 50);
    double p95 = pct(ms, 95);
    System.out.printf(
        "%-28s p50 %7.3f ms  p95 %7.3f ms  (x%.2f / x%.2f)%n",
        name, p50, p95, p50 / pct(floor, 50), p95 / pct(floor, 95));
  }

  static double pct(double[] values, int p) {
    double[] s = values.clone();
    Arrays.sort(s);
    return s[Math.min(s.length - 1, (int) Math.ceil(p / 100.0 * s.length) - 1)];
  }

  static List<Slot> app(Connection c, String mentor, Instant from, Instant to) throws SQLException {
    List<WeeklySlot> weekly = new ArrayList<>();
    List<OneOffSlot> once = new ArrayList<>();
    ZoneId zone = WIB;
    try (PreparedStatement s = c.prepareStatement(AVAILABILITY)) {
      s.setString(1, mentor);
      try (ResultSet rs = s.executeQuery()) {
        while (rs.next()) {
          zone = ZoneId.of(rs.getString(6));
          LocalTime start = rs.getObject(4, LocalTime.class);
          if ("WEEKLY".equals(rs.getString(1))) {
            weekly.add(new WeeklySlot(DayOfWeek.of(rs.getInt(2)), start, rs.getInt(5)));
          } else {
            once.add(new OneOffSlot(rs.getObject(3, LocalDate.class), start, rs.getInt(5)));
          }
        }
      }
    }
    List<Slot> booked = new ArrayList<>();
    try (PreparedStatement s = c.prepareStatement(BOOKED)) {
      s.setString(1, mentor);
      s.setTimestamp(2, Timestamp.from(from));
      s.setTimestamp(3, Timestamp.from(to));
      try (ResultSet rs = s.executeQuery()) {
        while (rs.next()) {
          booked.add(new Slot(rs.getTimestamp(1).toInstant(), rs.getTimestamp(2).toInstant()));
        }
      }
    }
    return FreeSlots.free(new Availability(zone, weekly, once).expand(from, to), booked);
  }

  static List<Slot> plain(Connection c, String mentor, Instant from, Instant to)
      throws SQLException {
    List<Slot> out = new ArrayList<>();
    try (PreparedStatement s = c.prepareStatement(PLAIN)) {
      s.setTimestamp(1, Timestamp.from(from));
      s.setTimestamp(2, Timestamp.from(to));
      s.setString(3, mentor);
      s.setTimestamp(4, Timestamp.from(from));
      s.setTimestamp(5, Timestamp.from(to));
      try (ResultSet rs = s.executeQuery()) {
        while (rs.next()) {
          out.add(new Slot(rs.getTimestamp(1).toInstant(), rs.getTimestamp(2).toInstant()));
        }
      }
    }
    return out;
  }

  static String mentor(int m) {
    return String.format("mentor.%03d", m);
  }

  /**
   * 200 mentors with three weekly slots and two one-off ones each (every tenth in Europe/Amsterdam,
   * the rest in WIB or WITA), and 5,000 confirmed consultations on offered slots over the coming
   * two months.
   */
  static void seed(Connection c, Instant from) throws SQLException {
    try (Statement s = c.createStatement()) {
      s.execute("alter table consultation drop constraint if exists consultation_team_id_fkey");
    }
    Random random = new Random(42);
    List<Availability> all = new ArrayList<>();
    try (PreparedStatement a =
        c.prepareStatement(
            "insert into mentor_availability (id, username, kind, day_of_week, on_date,"
                + " start_time, minutes, zone) values (?, ?, ?, ?, ?, ?, ?, ?)")) {
      for (int m = 1; m <= MENTORS; m++) {
        ZoneId zone =
            m % 10 == 0
                ? ZoneId.of("Europe/Amsterdam")
                : m % 3 == 0 ? ZoneId.of("Asia/Makassar") : WIB;
        List<WeeklySlot> weekly = new ArrayList<>();
        for (int k = 0; k < 3; k++) {
          weekly.add(
              new WeeklySlot(DayOfWeek.of(1 + (m + 2 * k) % 5), LocalTime.of(8 + k * 2, 0), 60));
        }
        List<OneOffSlot> once = new ArrayList<>();
        for (int k = 0; k < 2; k++) {
          once.add(
              new OneOffSlot(
                  LocalDate.now(zone).plusDays(3 + random.nextInt(25)),
                  LocalTime.of(15 + k, 30),
                  45));
        }
        for (WeeklySlot w : weekly) {
          a.setObject(1, UUID.randomUUID());
          a.setString(2, mentor(m));
          a.setString(3, "WEEKLY");
          a.setInt(4, w.day().getValue());
          a.setObject(5, null, java.sql.Types.DATE);
          a.setObject(6, w.start());
          a.setInt(7, w.minutes());
          a.setString(8, zone.getId());
          a.addBatch();
        }
        for (OneOffSlot o : once) {
          a.setObject(1, UUID.randomUUID());
          a.setString(2, mentor(m));
          a.setString(3, "ONCE");
          a.setObject(4, null, java.sql.Types.SMALLINT);
          a.setObject(5, o.date());
          a.setObject(6, o.start());
          a.setInt(7, o.minutes());
          a.setString(8, zone.getId());
          a.addBatch();
        }
        all.add(new Availability(zone, weekly, once));
      }
      a.executeBatch();
    }
    try (PreparedStatement s =
        c.prepareStatement(
            "insert into consultation (id, team_id, topic, mentor_username, preferred, minutes,"
                + " status, starts_at, ends_at, sequence, requested_by)"
                + " values (?, ?, 'bench', ?, '', 60, 'CONFIRMED', ?, ?, 1, 'bench')"
                + " on conflict do nothing")) {
      int per = CONSULTATIONS / MENTORS;
      Instant until = from.plusSeconds(61L * 86_400);
      for (int m = 1; m <= MENTORS; m++) {
        List<Slot> offered = all.get(m - 1).expand(from.minusSeconds(86_400), until);
        for (int k = 0; k < per; k++) {
          Slot slot = offered.get((k * 7 + random.nextInt(3)) % offered.size());
          s.setObject(1, UUID.randomUUID());
          s.setObject(2, UUID.randomUUID());
          s.setString(3, mentor(m));
          s.setTimestamp(4, Timestamp.from(slot.start()));
          s.setTimestamp(5, Timestamp.from(slot.start().plusSeconds(3600)));
          s.addBatch();
        }
      }
      s.executeBatch();
    }
  }
}
