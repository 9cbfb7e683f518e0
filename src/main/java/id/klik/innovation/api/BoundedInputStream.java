package id.klik.innovation.api;

import id.klik.shared.files.FileRules;
import id.klik.shared.files.FileTooLargeException;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/** A request body counted while it is read: past the limit it fails with 413. */
final class BoundedInputStream extends FilterInputStream {

  private final long max;
  private long read;

  BoundedInputStream(InputStream in, long max) {
    super(in);
    this.max = max;
  }

  @Override
  public int read() throws IOException {
    int b = super.read();
    if (b >= 0) {
      count(1);
    }
    return b;
  }

  @Override
  public int read(byte[] buffer, int offset, int length) throws IOException {
    int n = super.read(buffer, offset, length);
    if (n > 0) {
      count(n);
    }
    return n;
  }

  private void count(long n) {
    read += n;
    if (read > max) {
      throw new FileTooLargeException(FileRules.tables(max));
    }
  }
}
