package id.klik.proposal.domain;

import java.util.List;

/**
 * One result of the deterministic checks: what it is about (a section, a field, an attachment, or
 * the whole proposal when {@code sectionId} is null), a message key and its arguments.
 *
 * @param severity {@code error} blocks nothing by itself but counts against completeness; {@code
 *     warning} is advice on the text
 */
public record Finding(String sectionId, String code, Severity severity, List<String> args) {

  public enum Severity {
    ERROR,
    WARNING
  }

  public Finding {
    args = List.copyOf(args);
  }

  public static Finding error(String sectionId, String code, Object... args) {
    return new Finding(sectionId, code, Severity.ERROR, strings(args));
  }

  public static Finding warning(String sectionId, String code, Object... args) {
    return new Finding(sectionId, code, Severity.WARNING, strings(args));
  }

  private static List<String> strings(Object... args) {
    return java.util.Arrays.stream(args).map(String::valueOf).toList();
  }
}
