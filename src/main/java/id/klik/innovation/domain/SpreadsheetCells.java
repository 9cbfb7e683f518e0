package id.klik.innovation.domain;

/**
 * Keeps a cell that a spreadsheet would read as a formula ({@code = + - @}, and tab or carriage
 * return, which some programs strip before looking) from running when an exported file is opened:
 * such a value is written with a leading apostrophe, which spreadsheets show as text. An import
 * takes that apostrophe off again, so an exported file imports back to the same values.
 */
public final class SpreadsheetCells {

  private SpreadsheetCells() {}

  public static String neutralize(String value) {
    if (value == null || value.isEmpty()) {
      return value;
    }
    return triggers(value.charAt(0)) ? "'" + value : value;
  }

  /** The value an exported (neutralized) cell stood for. */
  public static String restore(String value) {
    if (value != null
        && value.length() > 1
        && value.charAt(0) == '\''
        && triggers(value.charAt(1))) {
      return value.substring(1);
    }
    return value;
  }

  private static boolean triggers(char c) {
    return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r';
  }
}
