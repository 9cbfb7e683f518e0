package id.klik.innovation.domain;

import id.klik.shared.domain.FieldProblem;
import java.util.Map;

/**
 * Turns the profile rules' problems (named by the API's fields) into an import's: the line and the
 * spreadsheet column.
 */
public final class ImportProblems {

  private static final Map<String, String> COLUMN_OF_FIELD =
      Map.of("workUnitId", InnovationColumns.WORK_UNIT, "teamId", InnovationColumns.TEAM);

  private ImportProblems() {}

  public static FieldProblem atLine(int line, FieldProblem p) {
    return new FieldProblem(line, column(p.field()), p.messageKey(), p.args());
  }

  /** {@code primaryAffair} → {@code primary_affair}, {@code workUnitId} → {@code work_unit}. */
  public static String column(String field) {
    if (field == null) {
      return null;
    }
    String known = COLUMN_OF_FIELD.get(field);
    if (known != null) {
      return known;
    }
    return field.replaceAll("([a-z])([A-Z])", "$1_$2").toLowerCase(java.util.Locale.ROOT);
  }
}
