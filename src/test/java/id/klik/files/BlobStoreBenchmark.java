package id.klik.files;

import id.klik.files.infrastructure.JdbcBlobStore;
import id.klik.files.infrastructure.TenantSchemas;
import id.klik.shared.files.FileRules;
import id.klik.shared.files.StoredBlob;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import java.util.concurrent.Callable;

/**
 * Writes a 100 MB file into the JDBC BlobStore on a real PostgreSQL (embedded binaries) and reads
 * it back, each against its floor measured in the same run: copying the same file with plain
 * streams (file to file). Prints time and peak heap of each; run with a small heap to show that
 * memory stays bounded whatever the file's size:
 *
 * <pre>./mvnw -q -B -Pbench-files test-compile exec:exec</pre>
 *
 * (the profile runs it with {@code -Xmx128m}).
 */
public final class BlobStoreBenchmark {

  private static final int MB = 1_000_000;
  private static final List<MemoryPoolMXBean> HEAP =
      ManagementFactory.getMemoryPoolMXBeans().stream()
          .filter(p -> p.getType() == MemoryType.HEAP)
          .toList();

  private record Measured<T>(T value, double seconds, long peakHeap) {}

  public static void main(String[] args) throws Exception {
    int size = args.length > 0 ? Integer.parseInt(args[0]) * MB : 100 * MB;
    Path work = Path.of("target", "bench-files").toAbsolutePath();
    Files.createDirectories(work);
    Path source = work.resolve("source.pdf");
    Path copy = work.resolve("copy.pdf");
    String sha = writeSource(source, size);
    System.out.printf(
        "BlobStore benchmark: %d MB file, max heap %d MB, chunks of 1 MiB%n",
        size / MB, Runtime.getRuntime().maxMemory() / (1024 * 1024));

    try (TenantSchemas db = TenantSchemas.start(work.resolve("postgres"), "t_bench");
        TenantSchemas.Tenant tenant = db.tenant("t_bench")) {
      JdbcBlobStore store = new JdbcBlobStore(tenant);
      FileRules rules = FileRules.documents(Long.MAX_VALUE);

      Measured<Void> fileCopy =
          measure(
              () -> {
                try (InputStream in = Files.newInputStream(source);
                    OutputStream out = Files.newOutputStream(copy)) {
                  in.transferTo(out);
                }
                return null;
              });
      Measured<StoredBlob> write =
          measure(
              () -> {
                try (InputStream in = Files.newInputStream(source)) {
                  return store.store(in, "source.pdf", rules);
                }
              });
      Measured<String> read =
          measure(
              () -> {
                MessageDigest digest = MessageDigest.getInstance("SHA-256");
                try (InputStream in = store.open(write.value().sha256());
                    OutputStream out =
                        new DigestOutputStream(Files.newOutputStream(copy), digest)) {
                  in.transferTo(out);
                }
                return HexFormat.of().formatHex(digest.digest());
              });

      if (!write.value().sha256().equals(sha) || !read.value().equals(sha)) {
        throw new IllegalStateException("content changed on its way through the store");
      }
      System.out.printf(
          "stored as %s, %d bytes, %s; read back identical%n",
          write.value().sha256(), write.value().size(), write.value().contentType());
      print("plain file copy (floor)", size, fileCopy, fileCopy);
      print("BlobStore write", size, write, fileCopy);
      print("BlobStore read", size, read, fileCopy);
    } finally {
      Files.deleteIfExists(source);
      Files.deleteIfExists(copy);
    }
  }

  /** A PDF header (the store detects the type from it) followed by incompressible bytes. */
  private static String writeSource(Path path, int size) throws Exception {
    MessageDigest digest = MessageDigest.getInstance("SHA-256");
    Random random = new Random(42);
    byte[] block = new byte[1 << 16];
    try (OutputStream out = new DigestOutputStream(Files.newOutputStream(path), digest)) {
      byte[] header = "%PDF-1.7\n%\u00e2\u00e3\n".getBytes(StandardCharsets.ISO_8859_1);
      out.write(header);
      for (long left = size - header.length; left > 0; left -= block.length) {
        random.nextBytes(block);
        out.write(block, 0, (int) Math.min(block.length, left));
      }
    }
    return HexFormat.of().formatHex(digest.digest());
  }

  /**
   * Runs the work after a full collection with the heap pools' peaks reset; the peak is the sum of
   * the pools' peaks, an upper bound of what the work held at once.
   */
  private static <T> Measured<T> measure(Callable<T> work) throws Exception {
    System.gc();
    HEAP.forEach(MemoryPoolMXBean::resetPeakUsage);
    long start = System.nanoTime();
    T value = work.call();
    double seconds = (System.nanoTime() - start) / 1e9;
    long peak = HEAP.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
    return new Measured<>(value, seconds, peak);
  }

  private static void print(String what, int size, Measured<?> m, Measured<?> floor) {
    System.out.printf(
        "%-24s %6.2f s  %7.1f MB/s  peak heap %6.1f MB   time x%.1f, heap x%.1f of the floor%n",
        what,
        m.seconds(),
        size / 1e6 / m.seconds(),
        m.peakHeap() / 1e6,
        m.seconds() / floor.seconds(),
        (double) m.peakHeap() / floor.peakHeap());
  }

  private BlobStoreBenchmark() {}

  /** Held, so the level sticks: Flyway's migration log is no part of the figures. */
  private static final java.util.logging.Logger FLYWAY =
      java.util.logging.Logger.getLogger("org.flywaydb");

  static {
    FLYWAY.setLevel(java.util.logging.Level.WARNING);
  }
}
