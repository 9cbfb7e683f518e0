package id.klik.shared.files;

import java.io.IOException;
import java.io.InputStream;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.SQLException;
import java.util.HexFormat;

/**
 * Cuts a stream into chunks of a fixed size while hashing and counting it, so a file of any size
 * passes with one chunk in memory. The limit is checked before a chunk is handed on: nothing past
 * it is ever written.
 */
public final class Chunking {

  /** About 1 MiB: few rows per file, small enough to hold one in memory per reader. */
  public static final int CHUNK_SIZE = 1 << 20;

  private Chunking() {}

  /** Receives the chunks in order; {@code bytes} is reused after the call returns. */
  @FunctionalInterface
  public interface ChunkSink {
    void write(int seq, byte[] bytes, int length) throws IOException, SQLException;
  }

  /** What passed: the content's sha256 (lowercase hex), its size and how many chunks it made. */
  public record Split(String sha256, long size, int chunks) {}

  public static Split split(InputStream in, int chunkSize, FileRules rules, ChunkSink sink)
      throws IOException, SQLException {
    MessageDigest sha = sha256();
    DigestInputStream hashing = new DigestInputStream(in, sha);
    byte[] buffer = new byte[chunkSize];
    long size = 0;
    int seq = 0;
    while (true) {
      int n = hashing.readNBytes(buffer, 0, chunkSize);
      if (n == 0) {
        break;
      }
      size += n;
      if (size > rules.maxBytes()) {
        throw new FileTooLargeException(rules);
      }
      sink.write(seq++, buffer, n);
      if (n < chunkSize) {
        break;
      }
    }
    return new Split(HexFormat.of().formatHex(sha.digest()), size, seq);
  }

  /** Whether a string names content the way this store does: 64 lowercase hex digits. */
  public static boolean isSha256(String s) {
    return s != null && s.matches("[0-9a-f]{64}");
  }

  static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
  }
}
