package id.klik.shared.files;

import java.io.IOException;
import java.io.InputStream;
import java.util.Objects;

/**
 * Reads stored content a chunk at a time, fetching the next chunk only when the previous one is
 * used up: one chunk in memory, whatever the file's size.
 */
public final class ChunkedInputStream extends InputStream {

  /** Fetches one chunk by its sequence number (0, 1, ...). */
  @FunctionalInterface
  public interface ChunkSource {
    byte[] chunk(int seq) throws IOException;
  }

  private final int count;
  private final ChunkSource source;
  private int next;
  private byte[] current = new byte[0];
  private int pos;

  public ChunkedInputStream(int count, ChunkSource source) {
    this.count = count;
    this.source = Objects.requireNonNull(source);
  }

  @Override
  public int read() throws IOException {
    if (!fill()) {
      return -1;
    }
    return current[pos++] & 0xff;
  }

  @Override
  public int read(byte[] b, int off, int len) throws IOException {
    Objects.checkFromIndexSize(off, len, b.length);
    if (len == 0) {
      return 0;
    }
    if (!fill()) {
      return -1;
    }
    int n = Math.min(len, current.length - pos);
    System.arraycopy(current, pos, b, off, n);
    pos += n;
    return n;
  }

  @Override
  public int available() {
    return current.length - pos;
  }

  /** Makes sure unread bytes are at hand; false at the end. */
  private boolean fill() throws IOException {
    while (pos >= current.length) {
      if (next >= count) {
        return false;
      }
      byte[] chunk = source.chunk(next);
      if (chunk == null) {
        throw new IOException("chunk " + next + " of " + count + " is missing");
      }
      next++;
      current = chunk;
      pos = 0;
    }
    return true;
  }
}
