package id.klik.devstack;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.SequenceInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code ./mvnw -Pbench-evidence package}: a 100 MB evidence file uploaded through the app ({@code
 * POST /t/pontianak/api/innovations/<id>/evidence}, multipart, streamed) and downloaded again
 * ({@code …/versions/1/content}), against the floor measured in the same run: the same bytes
 * written through bare JDBC into a table of 1 MiB {@code bytea} chunks like the BlobStore's and
 * read back. Prints the times, their ratios, and the app's heap: used after a full GC before, and
 * the peak sampled (jcmd GC.heap_info every 100 ms) during each transfer, which includes garbage
 * not yet collected.
 */
public final class EvidenceBenchmark {

  private static final int MB = 100;
  private static final long SIZE = MB * 1_000_000L;
  private static final int CHUNK = 1024 * 1024;

  private final List<String> report = new ArrayList<>();

  private EvidenceBenchmark() {}

  public static void main(String[] args) throws Exception {
    new EvidenceBenchmark().run();
    System.exit(0);
  }

  private void run() throws Exception {
    Path data = Path.of("target", "evidence-bench").toAbsolutePath();
    Stack.deleteTree(data);
    Files.createDirectories(data);
    Path file = data.resolve("evidence-100mb.pdf");
    String sha = writeFile(file);
    StackConfig config =
        StackConfig.fromSystemProperties(
            data.resolve("stack"),
            StackConfig.freePort(),
            StackConfig.freePort(),
            StackConfig.freePort());
    try (Stack stack = new Stack(config).withAppEnv("KLIK_EVIDENCE_MAX_MB", "110").start()) {
      HttpClient http = HttpClient.newHttpClient();
      String token = WriteLoad.token(config, "admin.pontianak", "pontianak");
      String innovation = innovation(http, config, token);
      String base = config.appUrl() + "/t/pontianak/api/innovations/" + innovation + "/evidence";

      double jdbcWrite = jdbcWrite(stack, file);
      double jdbcRead = jdbcRead(stack);
      line(
          "bare JDBC, 1 MiB bytea chunks: write %.2f s (%.1f MB/s), read %.2f s",
          jdbcWrite, MB / jdbcWrite, jdbcRead);

      long idle = heapAfterGc(stack.appPid());
      line("app heap used after a full GC, idle: %.1f MiB", idle / 1048576.0);

      HeapSampler upSampler = new HeapSampler(stack.appPid()).start();
      long t0 = System.nanoTime();
      String id = upload(http, base, token, file);
      double up = (System.nanoTime() - t0) / 1e9;
      long upPeak = upSampler.stop();

      heapAfterGc(stack.appPid());
      HeapSampler downSampler = new HeapSampler(stack.appPid()).start();
      t0 = System.nanoTime();
      String downloaded = download(http, base + "/" + id + "/versions/1/content", token);
      double down = (System.nanoTime() - t0) / 1e9;
      long downPeak = downSampler.stop();
      if (!downloaded.equals(sha)) {
        throw new IllegalStateException("the download differs from the upload");
      }
      line(
          "app upload   %.2f s (%.1f MB/s), x%.1f of bare JDBC; app heap peak %.1f MiB (+%.1f over idle)",
          up, MB / up, up / jdbcWrite, upPeak / 1048576.0, (upPeak - idle) / 1048576.0);
      line(
          "app download %.2f s (%.1f MB/s), x%.1f of bare JDBC; app heap peak %.1f MiB (+%.1f over idle)",
          down, MB / down, down / jdbcRead, downPeak / 1048576.0, (downPeak - idle) / 1048576.0);
      line("the downloaded bytes' sha256 equals the uploaded file's (%s…)", sha.substring(0, 12));
    }
    Path out = Path.of("target", "evidence-bench-report.txt");
    Files.writeString(out, String.join("\n", report) + "\n");
    System.out.println("\n=== KLIK evidence benchmark ===\n" + String.join("\n", report));
  }

  /** A PDF header and random bytes: the vault judges the type by the first bytes. */
  private static String writeFile(Path file) throws Exception {
    MessageDigest digest = MessageDigest.getInstance("SHA-256");
    Random random = new Random(42);
    byte[] buffer = new byte[CHUNK];
    try (OutputStream out = Files.newOutputStream(file)) {
      byte[] head = "%PDF-1.4\n%bench\n".getBytes(StandardCharsets.ISO_8859_1);
      out.write(head);
      digest.update(head);
      long left = SIZE - head.length;
      while (left > 0) {
        random.nextBytes(buffer);
        int n = (int) Math.min(buffer.length, left);
        out.write(buffer, 0, n);
        digest.update(buffer, 0, n);
        left -= n;
      }
    }
    return HexFormat.of().formatHex(digest.digest());
  }

  private static String innovation(HttpClient http, StackConfig config, String token)
      throws Exception {
    String unit = null;
    for (int i = 0; i < 240 && unit == null; i++) {
      HttpResponse<String> r =
          http.send(
              get(config.appUrl() + "/t/pontianak/api/work-units?q=KEL-AKCAYA", token),
              HttpResponse.BodyHandlers.ofString());
      Matcher m = Pattern.compile("\"id\"\\s*:\\s*\"([0-9a-f-]{36})\"").matcher(r.body());
      if (r.statusCode() == 200 && m.find()) {
        unit = m.group(1);
      } else {
        Thread.sleep(1000);
      }
    }
    String json =
        "{\"name\":\"Benchmark bukti "
            + UUID.randomUUID()
            + "\",\"workUnitId\":\""
            + unit
            + "\",\"stage\":\"inisiatif\",\"kind\":\"digital\",\"form\":\"pelayanan-publik\","
            + "\"initiator\":\"asn\",\"primaryAffair\":\"kesehatan\"}";
    HttpResponse<String> r =
        http.send(
            HttpRequest.newBuilder(URI.create(config.appUrl() + "/t/pontianak/api/innovations"))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    if (r.statusCode() != 201) {
      throw new IllegalStateException("create innovation: " + r.statusCode() + " " + r.body());
    }
    Matcher m = Pattern.compile("\"id\"\\s*:\\s*\"([0-9a-f-]{36})\"").matcher(r.body());
    m.find();
    return m.group(1);
  }

  private static HttpRequest get(String url, String token) {
    return HttpRequest.newBuilder(URI.create(url))
        .header("Authorization", "Bearer " + token)
        .build();
  }

  /** The multipart body streamed from the file: nothing of it held in this JVM either. */
  private static String upload(HttpClient http, String url, String token, Path file)
      throws Exception {
    String boundary = "----bench" + UUID.randomUUID();
    byte[] head =
        ("--"
                + boundary
                + "\r\nContent-Disposition: form-data; name=\"title\"\r\n\r\n100 MB\r\n"
                + "--"
                + boundary
                + "\r\nContent-Disposition: form-data; name=\"file\";"
                + " filename=\"evidence-100mb.pdf\"\r\nContent-Type: application/pdf\r\n\r\n")
            .getBytes(StandardCharsets.UTF_8);
    byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
    long length = head.length + Files.size(file) + tail.length;
    HttpRequest.BodyPublisher body =
        HttpRequest.BodyPublishers.fromPublisher(
            HttpRequest.BodyPublishers.ofInputStream(
                () -> {
                  try {
                    return new SequenceInputStream(
                        Collections.enumeration(
                            List.of(
                                new ByteArrayInputStream(head),
                                Files.newInputStream(file),
                                new ByteArrayInputStream(tail))));
                  } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                  }
                }),
            length);
    HttpResponse<String> r =
        http.send(
            HttpRequest.newBuilder(URI.create(url))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .timeout(java.time.Duration.ofMinutes(10))
                .POST(body)
                .build(),
            HttpResponse.BodyHandlers.ofString());
    if (r.statusCode() != 201) {
      throw new IllegalStateException("upload: " + r.statusCode() + " " + r.body());
    }
    Matcher m = Pattern.compile("\"id\"\\s*:\\s*\"([0-9a-f-]{36})\"").matcher(r.body());
    m.find();
    return m.group(1);
  }

  private static String download(HttpClient http, String url, String token) throws Exception {
    HttpResponse<InputStream> r =
        http.send(get(url, token), HttpResponse.BodyHandlers.ofInputStream());
    if (r.statusCode() != 200) {
      throw new IllegalStateException("download: " + r.statusCode());
    }
    MessageDigest digest = MessageDigest.getInstance("SHA-256");
    byte[] buffer = new byte[64 * 1024];
    try (InputStream in = r.body()) {
      for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
        digest.update(buffer, 0, n);
      }
    }
    return HexFormat.of().formatHex(digest.digest());
  }

  /** The floor: the same bytes in 1 MiB chunks into a bytea table, one transaction, bare JDBC. */
  private static double jdbcWrite(Stack stack, Path file) throws Exception {
    try (Connection c = stack.database().getConnection()) {
      try (Statement s = c.createStatement()) {
        s.execute("drop table if exists public.bench_evidence_chunk");
        s.execute(
            "create table public.bench_evidence_chunk (seq int primary key, bytes bytea not null)");
      }
      c.setAutoCommit(false);
      long t0 = System.nanoTime();
      byte[] buffer = new byte[CHUNK];
      try (InputStream in = Files.newInputStream(file);
          PreparedStatement insert =
              c.prepareStatement("insert into public.bench_evidence_chunk values (?, ?)")) {
        int seq = 0;
        for (int n = in.readNBytes(buffer, 0, CHUNK); n > 0; n = in.readNBytes(buffer, 0, CHUNK)) {
          insert.setInt(1, seq++);
          insert.setBinaryStream(2, new ByteArrayInputStream(buffer, 0, n), n);
          insert.executeUpdate();
        }
      }
      c.commit();
      return (System.nanoTime() - t0) / 1e9;
    }
  }

  private static double jdbcRead(Stack stack) throws Exception {
    try (Connection c = stack.database().getConnection()) {
      long t0 = System.nanoTime();
      AtomicLong total = new AtomicLong();
      try (PreparedStatement s =
          c.prepareStatement("select bytes from public.bench_evidence_chunk where seq = ?")) {
        for (int seq = 0; ; seq++) {
          s.setInt(1, seq);
          try (ResultSet rs = s.executeQuery()) {
            if (!rs.next()) {
              break;
            }
            total.addAndGet(rs.getBytes(1).length);
          }
        }
      }
      double seconds = (System.nanoTime() - t0) / 1e9;
      try (Statement s = c.createStatement()) {
        s.execute("drop table public.bench_evidence_chunk");
      }
      if (total.get() != SIZE) {
        throw new IllegalStateException("read back " + total.get() + " bytes");
      }
      return seconds;
    }
  }

  private static long heapAfterGc(long pid) throws Exception {
    jcmd(pid, "GC.run");
    Thread.sleep(500);
    return used(jcmd(pid, "GC.heap_info"));
  }

  private static long used(String info) {
    Matcher m = Pattern.compile("used (\\d+)K").matcher(info);
    return m.find() ? Long.parseLong(m.group(1)) * 1024 : -1;
  }

  static String jcmd(long pid, String command) throws Exception {
    Path jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd");
    Process p =
        new ProcessBuilder(jcmd.toString(), String.valueOf(pid), command)
            .redirectErrorStream(true)
            .start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    p.waitFor();
    return out;
  }

  /** The app's used heap, sampled while a transfer runs; its peak. */
  private static final class HeapSampler {
    private final long pid;
    private final AtomicLong peak = new AtomicLong();
    private volatile boolean running = true;
    private Thread thread;

    HeapSampler(long pid) {
      this.pid = pid;
    }

    HeapSampler start() {
      thread =
          new Thread(
              () -> {
                while (running) {
                  try {
                    peak.accumulateAndGet(used(jcmd(pid, "GC.heap_info")), Math::max);
                    Thread.sleep(100);
                  } catch (Exception e) {
                    return;
                  }
                }
              });
      thread.setDaemon(true);
      thread.start();
      return this;
    }

    long stop() throws InterruptedException {
      running = false;
      thread.join();
      return peak.get();
    }
  }

  private void line(String format, Object... args) {
    String text = String.format(Locale.ROOT, format, args);
    report.add(text);
    System.out.println("[bench] " + text);
  }
}
