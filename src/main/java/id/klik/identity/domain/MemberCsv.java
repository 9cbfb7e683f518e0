package id.klik.identity.domain;

import id.klik.shared.domain.FieldProblem;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.csv.DuplicateHeaderMode;

/**
 * Reads the members CSV a clinic admin uploads: a header row with {@code email, name, roles} and
 * optionally {@code work_unit} (a work unit's code); comma or semicolon separated, like the
 * work-unit import. Several roles in one cell are separated by {@code |} or spaces (e.g. {@code
 * clinic-staff|mentor}). Lines count as an editor shows them, the header is line 1.
 */
public final class MemberCsv {

  /** One data row, with its line number in the file. */
  public record Row(int line, String email, String name, List<String> roles, String workUnit) {}

  /** The rows, or the problems that stop the file from being read at all. */
  public record Parsed(List<Row> rows, List<FieldProblem> problems) {}

  private static final List<String> REQUIRED = List.of("email", "name", "roles");

  private MemberCsv() {}

  public static Parsed parse(String text) {
    String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
    int bad = body.indexOf('\uFFFD');
    if (bad >= 0) {
      int line = (int) body.substring(0, bad).chars().filter(c -> c == '\n').count() + 1;
      return failed(FieldProblem.atLine(line, "file", "csv.encoding", line));
    }
    String first = body.contains("\n") ? body.substring(0, body.indexOf('\n')) : body;
    char delimiter = first.contains(";") && !first.contains(",") ? ';' : ',';
    CSVFormat format =
        CSVFormat.DEFAULT
            .builder()
            .setDelimiter(delimiter)
            .setHeader()
            .setSkipHeaderRecord(true)
            .setIgnoreHeaderCase(true)
            .setDuplicateHeaderMode(DuplicateHeaderMode.ALLOW_EMPTY)
            .setAllowMissingColumnNames(true)
            .setIgnoreEmptyLines(true)
            .setTrim(true)
            .get();
    CSVParser parser;
    Map<String, Integer> header = new HashMap<>();
    try {
      parser = CSVParser.parse(new StringReader(body), format);
      parser.getHeaderMap().forEach((k, v) -> header.put(k.trim().toLowerCase(Locale.ROOT), v));
    } catch (IOException | RuntimeException e) {
      return failed(FieldProblem.atLine(1, "file", "csv.unreadable"));
    }
    try (parser) {
      List<FieldProblem> problems = new ArrayList<>();
      for (String column : REQUIRED) {
        if (!header.containsKey(column)) {
          problems.add(FieldProblem.atLine(1, column, "member.csv.column.missing", column));
        }
      }
      if (!problems.isEmpty()) {
        return new Parsed(List.of(), problems);
      }
      List<Row> rows = new ArrayList<>();
      Iterator<CSVRecord> records = parser.iterator();
      while (true) {
        long before = parser.getCurrentLineNumber();
        CSVRecord record;
        try {
          if (!records.hasNext()) {
            break;
          }
          record = records.next();
        } catch (UncheckedIOException | IllegalStateException e) {
          int line = (int) before + 1;
          return failed(FieldProblem.atLine(line, "file", "csv.quoting", line));
        }
        String roles = get(record, header, "roles");
        rows.add(
            new Row(
                (int) parser.getCurrentLineNumber(),
                get(record, header, "email"),
                get(record, header, "name"),
                roles == null ? List.of() : Arrays.asList(roles.split("[|;,\\s]+")),
                get(record, header, "work_unit")));
      }
      if (rows.isEmpty()) {
        problems.add(FieldProblem.atLine(1, "file", "csv.empty"));
      }
      return new Parsed(rows, problems);
    } catch (IOException e) {
      return failed(FieldProblem.atLine(1, "file", "csv.unreadable"));
    }
  }

  private static Parsed failed(FieldProblem problem) {
    return new Parsed(List.of(), List.of(problem));
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
