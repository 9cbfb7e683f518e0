package id.klik.shared.api;

import id.klik.shared.domain.ValidationException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A {@code multipart/form-data} body (RFC 7578) read as it arrives, one part after the other: a
 * file part's content is a stream that ends at its boundary, so an upload goes from the socket into
 * the file store without being held in memory or on disk. Memory stays at one buffer whatever the
 * size. Part headers are bounded; a body that breaks the format is a 400.
 */
public final class MultipartFormData {

  private static final int BUFFER = 64 * 1024;
  private static final int MAX_HEADER_BYTES = 8 * 1024;
  private static final Pattern BOUNDARY =
      Pattern.compile("(?i)boundary=(?:\"([^\"]{1,70})\"|([^;\\s]{1,70}))");
  private static final Pattern PARAM =
      Pattern.compile("(?i);\\s*(name|filename)=(?:\"((?:[^\"\\\\]|\\\\.)*)\"|([^;\\s]*))");

  /** One part: its form field name, the file name a file part carries, and its content. */
  public record Part(String name, Optional<String> filename, InputStream content) {

    /** A text field's value (UTF-8), refused beyond {@code maxBytes}. */
    public String text(int maxBytes) throws IOException {
      byte[] bytes = content.readNBytes(maxBytes + 1);
      if (bytes.length > maxBytes) {
        throw ValidationException.of(name, "error.fieldTooLong", maxBytes);
      }
      return new String(bytes, StandardCharsets.UTF_8);
    }
  }

  private final InputStream in;
  private final byte[] delimiter;
  private final byte[] buf;
  private int pos;
  private int end;
  private boolean eof;
  private boolean finished;
  private PartStream current;

  private MultipartFormData(InputStream in, String boundary) {
    this.in = in;
    this.delimiter = ("\r\n--" + boundary).getBytes(StandardCharsets.ISO_8859_1);
    this.buf = new byte[BUFFER + delimiter.length];
    // the body starts with the boundary itself: reading it as if a CRLF came first makes the first
    // boundary look like every other one, and whatever stands before it (the preamble) a part
    buf[0] = '\r';
    buf[1] = '\n';
    this.end = 2;
  }

  /**
   * @param contentType the request's {@code Content-Type}, which carries the boundary
   * @throws ValidationException when it is no multipart/form-data type with a boundary
   */
  public static MultipartFormData of(String contentType, InputStream body) {
    if (contentType == null
        || !contentType.toLowerCase(Locale.ROOT).startsWith("multipart/form-data")) {
      throw ValidationException.of("body", "error.multipartExpected");
    }
    Matcher m = BOUNDARY.matcher(contentType);
    if (!m.find()) {
      throw ValidationException.of("body", "error.multipartExpected");
    }
    return new MultipartFormData(body, m.group(1) != null ? m.group(1) : m.group(2));
  }

  /**
   * The next part, or empty after the last. What was left unread of the previous part is skipped.
   */
  public Optional<Part> next() throws IOException {
    if (current == null) {
      // the preamble, up to the first boundary
      new PartStream().transferTo(OutputStreamSink.INSTANCE);
    } else {
      current.transferTo(OutputStreamSink.INSTANCE);
    }
    if (finished) {
      return Optional.empty();
    }
    // after a boundary: "--" ends the body, CRLF starts a part's headers
    fill(2);
    if (end - pos >= 2 && buf[pos] == '-' && buf[pos + 1] == '-') {
      finished = true;
      return Optional.empty();
    }
    skipLinearWhitespaceAndCrlf();
    String headers = readHeaders();
    String disposition = header(headers, "content-disposition");
    if (disposition == null
        || !disposition.strip().toLowerCase(Locale.ROOT).startsWith("form-data")) {
      throw broken();
    }
    String name = null;
    String filename = null;
    Matcher p = PARAM.matcher(disposition);
    while (p.find()) {
      String value = p.group(2) != null ? p.group(2).replaceAll("\\\\(.)", "$1") : p.group(3);
      if (p.group(1).equalsIgnoreCase("name")) {
        name = value;
      } else {
        filename = value;
      }
    }
    if (name == null) {
      throw broken();
    }
    current = new PartStream();
    return Optional.of(new Part(name, Optional.ofNullable(filename), current));
  }

  private void skipLinearWhitespaceAndCrlf() throws IOException {
    // transport padding (RFC 2046) may stand between the boundary and its CRLF
    while (true) {
      fill(1);
      if (pos >= end) {
        throw broken();
      }
      byte b = buf[pos];
      if (b == ' ' || b == '\t') {
        pos++;
      } else {
        break;
      }
    }
    fill(2);
    if (end - pos < 2 || buf[pos] != '\r' || buf[pos + 1] != '\n') {
      throw broken();
    }
    pos += 2;
  }

  private String readHeaders() throws IOException {
    StringBuilder text = new StringBuilder();
    int read = 0;
    while (true) {
      fill(4);
      if (end - pos >= 2 && buf[pos] == '\r' && buf[pos + 1] == '\n' && endsLine(text)) {
        pos += 2;
        return text.toString();
      }
      if (pos >= end || ++read > MAX_HEADER_BYTES) {
        throw broken();
      }
      text.append((char) (buf[pos++] & 0xff));
    }
  }

  private static boolean endsLine(StringBuilder text) {
    int n = text.length();
    return n == 0 || (n >= 2 && text.charAt(n - 2) == '\r' && text.charAt(n - 1) == '\n');
  }

  /** A header's value; header text is ISO-8859-1 on the wire, file names in it UTF-8 bytes. */
  private static String header(String headers, String wanted) {
    for (String line : headers.split("\r\n")) {
      int colon = line.indexOf(':');
      if (colon > 0 && line.substring(0, colon).strip().equalsIgnoreCase(wanted)) {
        byte[] raw = line.substring(colon + 1).getBytes(StandardCharsets.ISO_8859_1);
        return new String(raw, StandardCharsets.UTF_8);
      }
    }
    return null;
  }

  /** Makes at least {@code wanted} bytes available from {@code pos}, unless the body ends first. */
  private void fill(int wanted) throws IOException {
    if (end - pos >= wanted || eof) {
      return;
    }
    if (pos > 0) {
      System.arraycopy(buf, pos, buf, 0, end - pos);
      end -= pos;
      pos = 0;
    }
    while (end - pos < wanted && !eof) {
      int n = in.read(buf, end, buf.length - end);
      if (n < 0) {
        eof = true;
      } else {
        end += n;
      }
    }
  }

  private int indexOfDelimiter() {
    outer:
    for (int i = pos; i <= end - delimiter.length; i++) {
      for (int j = 0; j < delimiter.length; j++) {
        if (buf[i + j] != delimiter[j]) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }

  private static ValidationException broken() {
    return ValidationException.of("body", "error.multipartBroken");
  }

  /** The content of one part: ends (-1) where its boundary starts. */
  private final class PartStream extends InputStream {

    private boolean done;

    @Override
    public int read() throws IOException {
      byte[] one = new byte[1];
      int n = read(one, 0, 1);
      return n < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      if (done) {
        return -1;
      }
      if (len == 0) {
        return 0;
      }
      fill(delimiter.length);
      int at = indexOfDelimiter();
      if (at == pos) {
        pos += delimiter.length;
        done = true;
        return -1;
      }
      int available;
      if (at >= 0) {
        available = at - pos;
      } else {
        // keep what could be the start of a boundary until more bytes tell
        available = end - pos - (delimiter.length - 1);
        if (available <= 0) {
          if (eof) {
            throw broken();
          }
          fill(end - pos + 1);
          return read(b, off, len);
        }
      }
      int n = Math.min(len, available);
      System.arraycopy(buf, pos, b, off, n);
      pos += n;
      return n;
    }
  }

  /** Where skipped bytes go. */
  private static final class OutputStreamSink extends java.io.OutputStream {
    static final OutputStreamSink INSTANCE = new OutputStreamSink();

    @Override
    public void write(int b) {}

    @Override
    public void write(byte[] b, int off, int len) {}
  }
}
