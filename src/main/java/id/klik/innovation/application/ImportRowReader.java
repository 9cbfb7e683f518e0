package id.klik.innovation.application;

import id.klik.innovation.domain.ImportRow;
import id.klik.innovation.domain.InnovationColumns;
import id.klik.shared.domain.FieldProblem;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * Reads one imported row into the profile's input: codes without case, dates as {@code YYYY-MM-DD},
 * the budget as a plain number, other affairs separated by {@code ;} or {@code ,}. What cannot be
 * read is a problem at the row's line and the cell's column.
 */
final class ImportRowReader {

  private final ImportRow row;
  private final List<FieldProblem> problems = new ArrayList<>();

  ImportRowReader(ImportRow row) {
    this.row = row;
  }

  InnovationInput input(UUID workUnitId, UUID teamId) {
    return new InnovationInput(
        row.get(InnovationColumns.NAME),
        workUnitId,
        teamId,
        code(InnovationColumns.STAGE),
        code(InnovationColumns.KIND),
        code(InnovationColumns.FORM),
        code(InnovationColumns.INITIATOR),
        code(InnovationColumns.PRIMARY_AFFAIR),
        affairs(),
        date(InnovationColumns.TRIAL_DATE),
        date(InnovationColumns.APPLICATION_DATE),
        budget(),
        row.get(InnovationColumns.GOALS),
        row.get(InnovationColumns.BENEFITS),
        row.get(InnovationColumns.RESULTS),
        row.get(InnovationColumns.DESIGN_NARRATIVE),
        row.get(InnovationColumns.KEY_CHANGES),
        row.get(InnovationColumns.BENEFICIARIES),
        row.get(InnovationColumns.VIDEO_URL),
        code(InnovationColumns.STATUS),
        null);
  }

  void problem(String column, String key, Object... args) {
    problems.add(FieldProblem.atLine(row.line(), column, key, args));
  }

  void add(FieldProblem problem) {
    problems.add(problem);
  }

  List<FieldProblem> problems() {
    return problems;
  }

  private String code(String column) {
    String v = row.get(column);
    return v == null ? null : v.toLowerCase(Locale.ROOT);
  }

  private List<String> affairs() {
    String v = row.get(InnovationColumns.OTHER_AFFAIRS);
    if (v == null) {
      return List.of();
    }
    return Arrays.stream(v.split("[;,]"))
        .map(String::strip)
        .filter(s -> !s.isEmpty())
        .map(s -> s.toLowerCase(Locale.ROOT))
        .toList();
  }

  private LocalDate date(String column) {
    String v = row.get(column);
    if (v == null) {
      return null;
    }
    try {
      return LocalDate.parse(v.length() > 10 ? v.substring(0, 10) : v);
    } catch (DateTimeParseException e) {
      problem(column, "innovation.import.dateInvalid", v);
      return null;
    }
  }

  private BigDecimal budget() {
    String v = row.get(InnovationColumns.BUDGET_AMOUNT);
    if (v == null) {
      return null;
    }
    try {
      return new BigDecimal(v.replace("_", "").replace(" ", ""));
    } catch (NumberFormatException e) {
      problem(InnovationColumns.BUDGET_AMOUNT, "innovation.import.numberInvalid", v);
      return null;
    }
  }
}
