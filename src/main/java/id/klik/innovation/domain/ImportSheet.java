package id.klik.innovation.domain;

import id.klik.shared.domain.FieldProblem;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns the rows of an uploaded sheet (CSV or XLSX: the first row the header) into {@link
 * ImportRow}s, with a problem for every header that is missing, unknown or repeated. Plain rules:
 * the readers only hand it strings.
 */
public final class ImportSheet {

  /** An import is one portfolio at most; a bigger file is split into several. */
  public static final int MAX_ROWS = 5_000;

  private final List<String> header = new ArrayList<>();
  private final List<ImportRow> rows = new ArrayList<>();
  private final List<FieldProblem> problems = new ArrayList<>();
  private boolean tooManyRows;

  /** Reads the header row; false when it has problems (then no row is read). */
  public boolean header(List<String> cells) {
    Map<String, Integer> seen = new HashMap<>();
    for (String cell : cells) {
      String name = InnovationColumns.normalize(cell);
      header.add(name);
      if (name.isEmpty()) {
        continue;
      }
      if (!InnovationColumns.ALL.contains(name)) {
        problems.add(
            FieldProblem.atLine(
                1,
                cell.strip(),
                "innovation.import.columnUnknown",
                cell.strip(),
                String.join(",", InnovationColumns.ALL)));
      } else if (seen.put(name, header.size()) != null) {
        problems.add(FieldProblem.atLine(1, name, "innovation.import.columnTwice", name));
      }
    }
    for (String required : InnovationColumns.REQUIRED) {
      if (!seen.containsKey(required)) {
        problems.add(FieldProblem.atLine(1, required, "innovation.import.columnMissing", required));
      }
    }
    return problems.isEmpty();
  }

  /**
   * Adds a data row; a row of blank cells is skipped. False once {@link #MAX_ROWS} is passed: the
   * reader stops there.
   */
  public boolean row(int line, List<String> cells) {
    Map<String, String> values = new HashMap<>();
    for (int i = 0; i < cells.size() && i < header.size(); i++) {
      String name = header.get(i);
      String value = cells.get(i);
      if (name.isEmpty() || InnovationColumns.READ_ONLY.contains(name) || value == null) {
        continue;
      }
      value = SpreadsheetCells.restore(value.strip());
      if (!value.isEmpty()) {
        values.put(name, value);
      }
    }
    if (values.isEmpty()) {
      return true;
    }
    if (rows.size() >= MAX_ROWS) {
      tooManyRows = true;
      problems.add(FieldProblem.atLine(line, "file", "innovation.import.tooManyRows", MAX_ROWS));
      return false;
    }
    rows.add(new ImportRow(line, values));
    return true;
  }

  public List<ImportRow> rows() {
    return List.copyOf(rows);
  }

  public List<FieldProblem> problems() {
    return List.copyOf(problems);
  }

  public boolean tooManyRows() {
    return tooManyRows;
  }
}
