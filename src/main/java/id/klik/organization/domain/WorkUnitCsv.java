package id.klik.organization.domain;

import id.klik.shared.domain.ControlCharacters;
import id.klik.shared.domain.FieldProblem;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalInt;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.csv.DuplicateHeaderMode;

/**
 * Reads the work-unit CSV a clinic admin uploads: a header row with {@code code, name, kind} and
 * optionally {@code parent_code}; comma or semicolon separated (spreadsheets in Indonesian locale
 * write semicolons). Lines are counted as the admin sees them in an editor, header included.
 */
public final class WorkUnitCsv {

  /** One data row, with its line number in the file. */
  public record Row(int line, String code, String name, String kind, String parentCode) {}

  /** The rows, or the problems that stop the file from being read at all. */
  public record Parsed(List<Row> rows, List<FieldProblem> problems) {}

  private static final List<String> REQUIRED = List.of("code", "name", "kind");

  private WorkUnitCsv() {}

  public static Parsed parse(String text) {
    String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
    char delimiter = firstLine(body).contains(";") && !firstLine(body).contains(",") ? ';' : ',';
    CSVFormat format =
        CSVFormat.DEFAULT
            .builder()
            .setDelimiter(delimiter)
            .setHeader()
            .setSkipHeaderRecord(true)
            .setIgnoreHeaderCase(true)
            .setDuplicateHeaderMode(DuplicateHeaderMode.ALLOW_EMPTY)
            // spreadsheets often export trailing empty columns
            .setAllowMissingColumnNames(true)
            .setIgnoreEmptyLines(true)
            .setTrim(true)
            .get();
    OptionalInt notUtf8 = firstReplacementCharacter(body);
    if (notUtf8.isPresent()) {
      int line = ControlCharacters.lineOf(body, notUtf8.getAsInt());
      return new Parsed(
          List.of(), List.of(FieldProblem.atLine(line, "file", "csv.encoding", line)));
    }
    CSVParser parser;
    Map<String, Integer> header;
    try {
      parser = CSVParser.parse(new StringReader(body), format);
      header = lowerCase(parser.getHeaderMap());
    } catch (IOException | RuntimeException e) {
      // a column named twice, or a quotation mark left open in the header row
      return new Parsed(List.of(), List.of(FieldProblem.atLine(1, "file", "csv.unreadable")));
    }
    try (parser) {
      List<FieldProblem> problems = new ArrayList<>();
      for (String column : REQUIRED) {
        if (!header.containsKey(column)) {
          problems.add(FieldProblem.atLine(1, column, "csv.column.missing", column));
        }
      }
      if (!problems.isEmpty()) {
        return new Parsed(List.of(), problems);
      }
      List<Row> rows = new ArrayList<>();
      LineCounter lines = new LineCounter(body);
      Iterator<CSVRecord> records = parser.iterator();
      while (true) {
        // the record that fails to parse starts on the line after the last one read
        long before = parser.getCurrentLineNumber();
        CSVRecord record;
        try {
          if (!records.hasNext()) {
            break;
          }
          record = records.next();
        } catch (UncheckedIOException | IllegalStateException e) {
          return unreadable((int) before + 1);
        }
        int line = lines.lineOf(record.getCharacterPosition());
        rows.add(
            new Row(
                line,
                get(record, header, "code"),
                get(record, header, "name"),
                get(record, header, "kind"),
                get(record, header, "parent_code")));
      }
      if (rows.isEmpty()) {
        problems.add(FieldProblem.atLine(1, "file", "csv.empty"));
      }
      return new Parsed(rows, problems);
    } catch (IOException e) {
      return unreadable(1);
    }
  }

  /**
   * A file the parser gives up on, nearly always because of a quotation mark: one left open, or
   * text after the closing one. Said in the person's words with the line; the parser's own message
   * is English jargon.
   */
  private static Parsed unreadable(int line) {
    return new Parsed(List.of(), List.of(FieldProblem.atLine(line, "file", "csv.quoting", line)));
  }

  /**
   * Where a byte that is not UTF-8 was read: the body is decoded as UTF-8, and a file saved in
   * another encoding (e.g. Windows-1252 from an older spreadsheet) shows up as U+FFFD.
   */
  private static OptionalInt firstReplacementCharacter(String text) {
    int at = text.indexOf('\uFFFD');
    return at < 0 ? OptionalInt.empty() : OptionalInt.of(at);
  }

  /**
   * The line on which a record starts as an editor shows it: the parser's own line number is where
   * the record ends, which is later when a quoted value spans lines. A record's position is where
   * the parser started reading, so the empty lines it skipped are stepped over here.
   */
  private static final class LineCounter {
    private final String text;
    private int position;
    private int line = 1;

    LineCounter(String text) {
      this.text = text;
    }

    int lineOf(long recordPosition) {
      int start = (int) recordPosition;
      while (start < text.length() && (text.charAt(start) == '\n' || text.charAt(start) == '\r')) {
        start++;
      }
      for (; position < start; position++) {
        char c = text.charAt(position);
        if (c == '\n'
            || (c == '\r'
                && (position + 1 >= text.length() || text.charAt(position + 1) != '\n'))) {
          line++;
        }
      }
      return line;
    }
  }

  private static String firstLine(String text) {
    int end = text.indexOf('\n');
    return end < 0 ? text : text.substring(0, end);
  }

  private static Map<String, Integer> lowerCase(Map<String, Integer> header) {
    Map<String, Integer> out = new java.util.HashMap<>();
    header.forEach((k, v) -> out.put(k.trim().toLowerCase(Locale.ROOT), v));
    return out;
  }

  private static String get(CSVRecord record, Map<String, Integer> header, String column) {
    Integer index = header.get(column);
    if (index == null || index >= record.size()) {
      return null;
    }
    String value = record.get(index);
    return value == null || value.isBlank() ? null : value.trim();
  }
}
