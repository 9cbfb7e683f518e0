package id.klik.devstack;

import id.klik.innovation.domain.InnovationFilter;
import id.klik.innovation.infrastructure.InnovationSearchSql;
import id.klik.innovation.infrastructure.SqlQuery;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code ./mvnw -Pbench-innovations package}: the innovation portfolio at 5,000 innovations. A
 * generated tenant ({@code ib}, Pontianak's work units) gets 5,000 innovations with Indonesian and
 * English text; then, in the same run: (1) the search with words, a filter and facets through the
 * app ({@code GET /t/ib/api/innovations}) against the very same SQL ({@link InnovationSearchSql}:
 * page, count and facets) through bare JDBC, p50/p95 of both and their ratio; (2) the XLSX export
 * of all 5,000 rows: time to the last byte, size, and the app's peak used heap sampled from {@code
 * /metrics} during the download against its heap at rest.
 */
public final class InnovationBenchmark {

  private static final int INNOVATIONS = 5_000;
  private static final int WARM_UP = 30;
  private static final int CALLS = 200;
  private static final String QUERY = "q=pengembangan%20layanan&stage=penerapan";

  private final List<String> report = new ArrayList<>();

  private InnovationBenchmark() {}

  public static void main(String[] args) throws Exception {
    new InnovationBenchmark().run();
    System.exit(0);
  }

  private void run() throws Exception {
    Path data = Path.of("target", "innovation-bench").toAbsolutePath();
    Stack.deleteTree(data);
    Path tenants = data.resolve("tenants");
    Path source = Path.of(System.getProperty("klik.tenants.dir"));
    Stack.copyTree(source.resolve("_platform"), tenants.resolve("_platform"));
    Path folder = tenants.resolve("ib");
    Files.createDirectories(folder);
    Files.copy(source.resolve("pontianak/work-units.csv"), folder.resolve("work-units.csv"));
    Files.writeString(
        folder.resolve("tenant.yaml"),
        "slug: ib\nname: Kota Bench Inovasi\nkind: kota\nregionCode: \"61.72\"\ntimeZone: WIB\n"
            + "members:\n  - username: admin.pontianak\n    email: admin.pontianak@klik.example.go.id\n"
            + "    name: Admin Bench\n    roles: [clinic-admin]\n"
            + "seed:\n  workUnits: work-units.csv\n");
    StackConfig config =
        StackConfig.fromSystemProperties(
                data, StackConfig.freePort(), StackConfig.freePort(), StackConfig.freePort())
            .withTenantsDir(tenants);
    long t0 = System.nanoTime();
    try (Stack stack = new Stack(config).start()) {
      line("stack up in %.1f s", (System.nanoTime() - t0) / 1e9);
      long tInsert = System.nanoTime();
      insert(stack);
      line("%d innovations written in %.1f s", INNOVATIONS, (System.nanoTime() - tInsert) / 1e9);
      String token = WriteLoad.token(config, "admin.pontianak", "ib");
      HttpClient http = HttpClient.newHttpClient();
      String list = config.appUrl() + "/t/ib/api/innovations?" + QUERY;
      String first = get(http, list, token);
      Matcher total = Pattern.compile("\"total\":(\\d+)").matcher(first);
      line("search '%s' finds %s innovations", QUERY, total.find() ? total.group(1) : "?");
      InnovationFilter filter =
          new InnovationFilter(
              "pengembangan layanan",
              Set.of("penerapan"),
              Set.of(),
              Set.of(),
              Set.of(),
              Set.of(),
              Set.of(),
              Set.of(),
              Set.of(),
              null);
      try (Connection c = stack.database().getConnection()) {
        c.setAutoCommit(false);
        for (int i = 0; i < WARM_UP; i++) {
          get(http, list, token);
          jdbc(c, filter);
        }
        long[] app = new long[CALLS];
        long[] bare = new long[CALLS];
        for (int i = 0; i < CALLS; i++) {
          long t = System.nanoTime();
          get(http, list, token);
          app[i] = (System.nanoTime() - t) / 1_000;
          t = System.nanoTime();
          jdbc(c, filter);
          bare[i] = (System.nanoTime() - t) / 1_000;
        }
        double appP50 = percentile(app, 50);
        double appP95 = percentile(app, 95);
        double bareP50 = percentile(bare, 50);
        double bareP95 = percentile(bare, 95);
        line(
            "search through the app (HTTP, JSON): p50 %.1f ms, p95 %.1f ms (n=%d)",
            appP50, appP95, CALLS);
        line(
            "same SQL through bare JDBC (page, count, facets): p50 %.1f ms, p95 %.1f ms",
            bareP50, bareP95);
        line("ratio app/JDBC: p50 %.1fx, p95 %.1fx", appP50 / bareP50, appP95 / bareP95);
      }
      export(http, config, token);
    }
    Path out = Path.of("target", "innovation-bench-report.txt");
    Files.writeString(out, String.join("\n", report) + "\n");
    System.out.println(
        "\n=== KLIK innovation search and export benchmark ===\n" + String.join("\n", report));
  }

  /** 5,000 innovations over the tenant's work units, stages, kinds, forms, affairs and years. */
  private static void insert(Stack stack) throws Exception {
    String[] stages = {"inisiatif", "uji-coba", "penerapan"};
    String[] kinds = {"digital", "non-digital"};
    String[] forms = {"tata-kelola", "pelayanan-publik", "lainnya"};
    String[] affairs = {
      "pendidikan",
      "kesehatan",
      "pekerjaan-umum-penataan-ruang",
      "perumahan-rakyat-kawasan-permukiman",
      "trantibum-linmas",
      "sosial",
      "perhubungan",
      "komunikasi-informatika",
      "koperasi-ukm",
      "lingkungan-hidup"
    };
    String[] topics = {
      "pelayanan posyandu",
      "pengembangan layanan puskesmas",
      "antrean daring",
      "bank sampah",
      "literasi sekolah",
      "perizinan usaha",
      "drainase kota",
      "bantuan sosial",
      "data kependudukan",
      "monitoring dashboard",
      "smart parking",
      "pasar rakyat",
      "rumah layak huni",
      "patroli sungai"
    };
    String[] verbs = {
      "mengembangkan", "meningkatkan", "mempercepat", "menyederhanakan", "memantau", "melayani"
    };
    Random random = new Random(42);
    try (Connection c = stack.database().getConnection()) {
      c.setAutoCommit(false);
      List<UUID> units = new ArrayList<>();
      try (Statement s = c.createStatement();
          ResultSet rs = s.executeQuery("select id from t_ib.work_unit order by code")) {
        while (rs.next()) {
          units.add(rs.getObject(1, UUID.class));
        }
      }
      try (PreparedStatement p =
          c.prepareStatement(
              "insert into t_ib.innovation (id, name, work_unit_id, stage, kind, form, initiator,"
                  + " primary_affair, trial_date, application_date, budget_amount, goals, benefits,"
                  + " results, design_narrative, narrative_words, key_changes, beneficiaries,"
                  + " status, created_by, updated_by) values (?, ?, ?, ?, ?, ?, 'asn', ?,"
                  + " ?::date, ?::date, ?, ?, ?, ?, ?, ?, ?, ?, 'aktif', 'bench', 'bench')")) {
        for (int i = 0; i < INNOVATIONS; i++) {
          String stage = stages[i % 3];
          String topic = topics[random.nextInt(topics.length)];
          String verb = verbs[random.nextInt(verbs.length)];
          int year = 2019 + random.nextInt(7);
          StringBuilder narrative = new StringBuilder();
          for (int s = 0; s < 25; s++) {
            narrative
                .append("Tim ")
                .append(verbs[random.nextInt(verbs.length)])
                .append(' ')
                .append(topics[random.nextInt(topics.length)])
                .append(" bersama warga dan perangkat daerah. ");
          }
          p.setObject(1, UUID.randomUUID());
          p.setString(2, "Inovasi " + topic + " " + (i + 1));
          p.setObject(3, units.get(random.nextInt(units.size())));
          p.setString(4, stage);
          p.setString(5, kinds[random.nextInt(2)]);
          p.setString(6, forms[random.nextInt(3)]);
          p.setString(7, affairs[random.nextInt(affairs.length)]);
          p.setString(8, stage.equals("inisiatif") ? null : year + "-02-01");
          p.setString(9, stage.equals("penerapan") ? year + "-09-01" : null);
          p.setBigDecimal(
              10, java.math.BigDecimal.valueOf(5_000_000L + random.nextInt(500) * 1_000_000L));
          p.setString(11, "Tujuan: " + verb + " " + topic + " bagi warga kota.");
          p.setString(12, "Manfaat: layanan lebih cepat dan mudah.");
          p.setString(13, "Hasil: waktu layanan turun " + (10 + random.nextInt(60)) + " persen.");
          p.setString(14, narrative.toString());
          p.setInt(15, narrative.toString().split("\\s+").length);
          p.setString(16, "=Perubahan kunci " + topic);
          p.setString(17, (100 + random.nextInt(5000)) + " warga");
          p.addBatch();
          if (i % 500 == 499) {
            p.executeBatch();
          }
        }
        p.executeBatch();
      }
      c.commit();
      try (Statement s = c.createStatement()) {
        s.execute("analyze t_ib.innovation");
      }
      c.commit();
    }
  }

  /** The app's three statements of one search (page, count, facets) as the app sends them. */
  private static void jdbc(Connection c, InnovationFilter filter) throws Exception {
    try (PreparedStatement s =
        c.prepareStatement("select set_config('search_path', 't_ib', true)")) {
      s.execute();
    }
    for (SqlQuery q :
        List.of(
            InnovationSearchSql.page(filter, 0, 20),
            InnovationSearchSql.count(filter),
            InnovationSearchSql.facets(filter))) {
      try (PreparedStatement s = c.prepareStatement(q.sql())) {
        q.bind(s);
        try (ResultSet rs = s.executeQuery()) {
          while (rs.next()) {
            rs.getObject(1);
          }
        }
      }
    }
    c.commit();
  }

  private void export(HttpClient http, StackConfig config, String token) throws Exception {
    long rest = usedHeap(http, config);
    AtomicLong peak = new AtomicLong(rest);
    AtomicBoolean running = new AtomicBoolean(true);
    Thread sampler =
        new Thread(
            () -> {
              while (running.get()) {
                try {
                  peak.accumulateAndGet(usedHeap(http, config), Math::max);
                  Thread.sleep(20);
                } catch (Exception e) {
                  return;
                }
              }
            });
    sampler.start();
    long t = System.nanoTime();
    HttpResponse<InputStream> r =
        http.send(
            HttpRequest.newBuilder(
                    URI.create(config.appUrl() + "/t/ib/api/innovations/export?format=xlsx"))
                .header("Authorization", "Bearer " + token)
                .build(),
            HttpResponse.BodyHandlers.ofInputStream());
    long bytes;
    try (InputStream in = r.body()) {
      bytes = in.transferTo(java.io.OutputStream.nullOutputStream());
    }
    double seconds = (System.nanoTime() - t) / 1e9;
    running.set(false);
    sampler.join();
    if (r.statusCode() != 200) {
      throw new IllegalStateException("export -> " + r.statusCode());
    }
    line("XLSX export of %d innovations: %.2f s, %.1f MB", INNOVATIONS, seconds, bytes / 1e6);
    if (rest > 0) {
      line(
          "app's used heap: %.0f MB at rest, peak %.0f MB during the export (sampled every 20 ms)",
          rest / 1e6, peak.get() / 1e6);
    } else {
      line("app's used heap: not reported by /metrics");
    }
  }

  /** The app's used heap from /metrics (Prometheus text), or -1. */
  private static long usedHeap(HttpClient http, StackConfig config) throws Exception {
    HttpResponse<String> r =
        http.send(
            HttpRequest.newBuilder(URI.create(config.appUrl() + "/metrics?scope=base")).build(),
            HttpResponse.BodyHandlers.ofString());
    Matcher m =
        Pattern.compile("(?m)^(?:base_)?memory_usedHeap_bytes(?:\\{[^}]*\\})? ([0-9.eE+]+)")
            .matcher(r.body());
    return m.find() ? (long) Double.parseDouble(m.group(1)) : -1;
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
