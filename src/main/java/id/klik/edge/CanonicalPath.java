package id.klik.edge;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * The path the edge decides on: the request URI as sent, decoded, and accepted only when it is
 * already in its one canonical form. The container decodes and normalizes a path before it serves
 * it, so any second spelling of a path ({@code /%61pp/} for {@code /app/}, dot segments, doubled
 * slashes, path parameters, backslashes, encoded slashes, overlong UTF-8) could be checked as one
 * thing and served as another; such a request is refused instead of being interpreted.
 *
 * <p>Canonical means: only the characters RFC 3986 allows in a path, percent escapes only for bytes
 * that need one (never for a letter, digit, {@code -._~} or {@code /}), written in upper-case hex,
 * decoding to valid UTF-8 without control characters; no empty segment except a trailing slash, no
 * {@code .} or {@code ..} segment, no {@code ;} and no {@code \}.
 */
public final class CanonicalPath {

  private static final String UNRESERVED_MARKS = "-._~";
  private static final String ALLOWED_RAW = UNRESERVED_MARKS + "/!$&'()*+,=:@";

  private CanonicalPath() {}

  /** The decoded path when {@code raw} (the URI's path without the context path) is canonical. */
  public static Optional<String> of(String raw) {
    if (raw == null) {
      return Optional.empty();
    }
    String path = raw.isEmpty() ? "/" : raw;
    if (path.charAt(0) != '/') {
      return Optional.empty();
    }
    Optional<String> decoded = decode(path);
    return decoded.filter(CanonicalPath::wellFormedSegments);
  }

  private static Optional<String> decode(String raw) {
    ByteBuffer bytes = ByteBuffer.allocate(raw.length());
    for (int i = 0; i < raw.length(); i++) {
      char c = raw.charAt(i);
      if (c == '%') {
        if (i + 2 >= raw.length()) {
          return Optional.empty();
        }
        int hi = upperHex(raw.charAt(i + 1));
        int lo = upperHex(raw.charAt(i + 2));
        if (hi < 0 || lo < 0) {
          return Optional.empty();
        }
        int b = hi * 16 + lo;
        if (b < 0x80 && !needsEscape((char) b)) {
          return Optional.empty();
        }
        bytes.put((byte) b);
        i += 2;
      } else if (isAsciiLetterOrDigit(c) || ALLOWED_RAW.indexOf(c) >= 0) {
        bytes.put((byte) c);
      } else {
        return Optional.empty();
      }
    }
    bytes.flip();
    try {
      CharBuffer chars =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(bytes);
      String text = chars.toString();
      return text.chars().anyMatch(CanonicalPath::isControl) ? Optional.empty() : Optional.of(text);
    } catch (CharacterCodingException overlongOrBroken) {
      return Optional.empty();
    }
  }

  /**
   * Bytes below 0x80 that may appear escaped: those a raw path cannot carry. Letters, digits and
   * marks have their own spelling; '/' escaped would split differently in the container; ';' and
   * '\' and control characters are refused in any spelling.
   */
  private static boolean needsEscape(char c) {
    if (isAsciiLetterOrDigit(c) || ALLOWED_RAW.indexOf(c) >= 0) {
      return false;
    }
    return c != ';' && c != '\\' && !isControl(c);
  }

  private static boolean wellFormedSegments(String path) {
    String[] segments = path.split("/", -1);
    for (int i = 1; i < segments.length; i++) {
      String segment = segments[i];
      boolean last = i == segments.length - 1;
      if ((segment.isEmpty() && !last) || segment.equals(".") || segment.equals("..")) {
        return false;
      }
    }
    return true;
  }

  private static int upperHex(char c) {
    if (c >= '0' && c <= '9') {
      return c - '0';
    }
    if (c >= 'A' && c <= 'F') {
      return c - 'A' + 10;
    }
    return -1;
  }

  private static boolean isAsciiLetterOrDigit(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
  }

  private static boolean isControl(int c) {
    return c < 0x20 || c == 0x7f || (c >= 0x80 && c < 0xa0);
  }
}
