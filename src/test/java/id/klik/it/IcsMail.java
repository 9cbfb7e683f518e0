package id.klik.it;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Locale;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;

/**
 * The {@code text/calendar} part of a raw mail (as GreenMail's API gives it), decoded and read with
 * ical4j. The test class path has no Jakarta Mail implementation, so the part is found by hand.
 */
final class IcsMail {

  private IcsMail() {}

  /** The part's Content-Type header line (e.g. {@code text/calendar; method=REQUEST}). */
  static String contentType(String mime) {
    int at = mime.toLowerCase(Locale.ROOT).indexOf("content-type: text/calendar");
    if (at < 0) {
      throw new AssertionError("no text/calendar part in\n" + mime);
    }
    int end = mime.indexOf("\r\n\r\n", at);
    return mime.substring(at, end < 0 ? mime.length() : end).replaceAll("\r\n\\s+", " ");
  }

  static Calendar calendar(String mime) throws Exception {
    String lower = mime.toLowerCase(Locale.ROOT);
    int at = lower.indexOf("content-type: text/calendar");
    if (at < 0) {
      throw new AssertionError("no text/calendar part in\n" + mime);
    }
    int bodyStart = mime.indexOf("\r\n\r\n", at) + 4;
    String headers = lower.substring(at, bodyStart);
    int boundary = mime.indexOf("\r\n--", bodyStart);
    String body = mime.substring(bodyStart, boundary < 0 ? mime.length() : boundary);
    byte[] bytes;
    if (headers.contains("content-transfer-encoding: base64")) {
      bytes = Base64.getMimeDecoder().decode(body);
    } else if (headers.contains("content-transfer-encoding: quoted-printable")) {
      bytes = quotedPrintable(body);
    } else {
      bytes = body.getBytes(StandardCharsets.UTF_8);
    }
    return new CalendarBuilder().build(new ByteArrayInputStream(bytes));
  }

  private static byte[] quotedPrintable(String text) {
    String joined = text.replace("=\r\n", "");
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (int i = 0; i < joined.length(); i++) {
      char c = joined.charAt(i);
      if (c == '=' && i + 2 < joined.length()) {
        out.write(Integer.parseInt(joined.substring(i + 1, i + 3), 16));
        i += 2;
      } else {
        out.write(c);
      }
    }
    return out.toByteArray();
  }
}
