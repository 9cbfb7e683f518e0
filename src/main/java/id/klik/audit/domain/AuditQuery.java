package id.klik.audit.domain;

import id.klik.shared.domain.FieldProblem;
import id.klik.shared.domain.ValidationException;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What a person asks of the audit trail: whose writes ({@code actor}, a login name), on which kind
 * of object ({@code type}), between which days. Days are calendar days in the tenant's zone, both
 * included: "from 2026-12-01 to 2026-12-01" is that whole day as the clinic lives it.
 *
 * @param from the first instant included, or null
 * @param until the first instant no longer included, or null
 */
public record AuditQuery(String actor, String type, Instant from, Instant until)
    implements Serializable {

  static final int MAX_TEXT = 100;

  /** Everything, newest first. */
  public static AuditQuery all() {
    return new AuditQuery(null, null, null, null);
  }

  /**
   * Reads the filters as a person or script gives them; fails with every problem at once.
   *
   * @param fromDay {@code yyyy-MM-dd} or blank
   * @param toDay {@code yyyy-MM-dd} or blank
   * @param zone the tenant's zone, in which the days are meant
   */
  public static AuditQuery of(
      String actor, String type, String fromDay, String toDay, ZoneId zone) {
    List<FieldProblem> problems = new ArrayList<>();
    LocalDate from = day("from", fromDay, problems);
    LocalDate to = day("to", toDay, problems);
    if (from != null && to != null && to.isBefore(from)) {
      problems.add(FieldProblem.of("to", "audit.range.reversed", fromDay.trim(), toDay.trim()));
    }
    String a = text("actor", actor, problems);
    String t = text("type", type, problems);
    if (!problems.isEmpty()) {
      throw new ValidationException(problems);
    }
    return new AuditQuery(
        a == null ? null : a.toLowerCase(Locale.ROOT),
        t,
        from == null ? null : from.atStartOfDay(zone).toInstant(),
        to == null ? null : to.plusDays(1).atStartOfDay(zone).toInstant());
  }

  /** Checks a requested page: from 0, size 1–200. */
  public static void checkPage(Integer page, Integer size, int maxSize) {
    List<FieldProblem> problems = new ArrayList<>();
    if (page != null && page < 0) {
      problems.add(FieldProblem.of("page", "audit.page.bad", page));
    }
    if (size != null && (size < 1 || size > maxSize)) {
      problems.add(FieldProblem.of("size", "audit.size.bad", size, maxSize));
    }
    if (!problems.isEmpty()) {
      throw new ValidationException(problems);
    }
  }

  private static LocalDate day(String field, String text, List<FieldProblem> problems) {
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      return LocalDate.parse(text.trim());
    } catch (DateTimeParseException e) {
      problems.add(FieldProblem.of(field, "audit.date.bad", text.trim()));
      return null;
    }
  }

  private static String text(String field, String text, List<FieldProblem> problems) {
    if (text == null || text.isBlank()) {
      return null;
    }
    if (text.trim().length() > MAX_TEXT) {
      problems.add(FieldProblem.of(field, "audit.filter.tooLong", MAX_TEXT));
      return null;
    }
    return text.trim();
  }
}
