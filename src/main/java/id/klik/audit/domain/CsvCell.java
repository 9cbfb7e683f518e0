package id.klik.audit.domain;

/**
 * One cell of an exported CSV, safe to open in a spreadsheet: always quoted (quotes doubled), and
 * text a spreadsheet would run as a formula ({@code = + - @}, tab or carriage return first) is
 * prefixed with an apostrophe, so it shows as the text it is. An audit line carries what people
 * typed (a team's name, a file's name), so every cell is treated as untrusted.
 */
public final class CsvCell {

  private CsvCell() {}

  public static String of(String value) {
    if (value == null) {
      return "\"\"";
    }
    String text = value;
    if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
      text = "'" + text;
    }
    return "\"" + text.replace("\"", "\"\"") + "\"";
  }

  /** A whole line, cells separated by commas, ended by CRLF as RFC 4180 has it. */
  public static String line(String... values) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < values.length; i++) {
      if (i > 0) {
        sb.append(',');
      }
      sb.append(of(values[i]));
    }
    return sb.append("\r\n").toString();
  }
}
