package id.klik.program.domain;

import id.klik.guideline.domain.ProgramBody;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The sessions a blueprint proposes from a start date. Gatherings (meetings, workshops, trainings,
 * presentations) become sessions from 09:00 to 12:00 local time on a working day (a Saturday or
 * Sunday moves to the Monday after); consultations, stages and assessments become windows of days.
 *
 * <p>A blueprint that places its activities in months (an academy: meeting 1 in month 1, meeting 2
 * in month 2…) gets each gathering on the same day of its month as the start date, and each window
 * between the gathering before it and the one after it (the consultations between meetings). A
 * blueprint without months runs its activities one after the other: a window lasts its {@code
 * durationDays}, or 14 days for consultations, 7 for assessments and 30 for other stages.
 */
public final class SessionProposals {

  static final LocalTime STARTS = LocalTime.of(9, 0);
  static final LocalTime ENDS = LocalTime.of(12, 0);

  private static final Set<String> WINDOWS = Set.of("consultation", "stage", "assessment");

  private SessionProposals() {}

  public static List<ProposedSession> from(ProgramBody blueprint, LocalDate start) {
    boolean monthly = blueprint.activities().stream().anyMatch(a -> a.month() != null);
    return monthly ? monthly(blueprint, start) : sequential(blueprint, start);
  }

  public static SessionKind kindOf(ProgramBody.Activity activity) {
    return activity.type() != null && WINDOWS.contains(activity.type())
        ? SessionKind.WINDOW
        : SessionKind.SESSION;
  }

  private static List<ProposedSession> sequential(ProgramBody blueprint, LocalDate start) {
    List<ProposedSession> out = new ArrayList<>();
    LocalDate cursor = start;
    for (ProgramBody.Activity a : blueprint.activities()) {
      if (kindOf(a) == SessionKind.SESSION) {
        LocalDate day = workingDay(cursor);
        int days = Math.max(1, a.durationDays() == null ? 1 : a.durationDays());
        out.add(session(a, day, day.plusDays(days - 1L)));
        cursor = day.plusDays(days);
      } else {
        int days = windowDays(a);
        out.add(window(a, cursor, cursor.plusDays(days - 1L)));
        cursor = cursor.plusDays(days);
      }
    }
    return out;
  }

  private static List<ProposedSession> monthly(ProgramBody blueprint, LocalDate start) {
    List<ProgramBody.Activity> activities = blueprint.activities();
    LocalDate[] sessionDays = new LocalDate[activities.size()];
    LocalDate cursor = start;
    for (int i = 0; i < activities.size(); i++) {
      ProgramBody.Activity a = activities.get(i);
      if (kindOf(a) == SessionKind.SESSION) {
        LocalDate anchor = a.month() == null ? cursor : start.plusMonths(a.month() - 1L);
        sessionDays[i] = workingDay(anchor.isBefore(cursor) ? cursor : anchor);
        cursor = sessionDays[i].plusDays(1);
      }
    }
    List<ProposedSession> out = new ArrayList<>();
    LocalDate previousEnd = null;
    for (int i = 0; i < activities.size(); i++) {
      ProgramBody.Activity a = activities.get(i);
      if (sessionDays[i] != null) {
        int days = Math.max(1, a.durationDays() == null ? 1 : a.durationDays());
        LocalDate last = sessionDays[i].plusDays(days - 1L);
        out.add(session(a, sessionDays[i], last));
        previousEnd = last;
        continue;
      }
      LocalDate from =
          previousEnd != null
              ? previousEnd.plusDays(1)
              : start.plusMonths(a.month() == null ? 0 : a.month() - 1L);
      LocalDate next = nextSessionDay(sessionDays, i);
      LocalDate to =
          next != null && next.isAfter(from)
              ? next.minusDays(1)
              : from.plusDays(windowDays(a) - 1L);
      out.add(window(a, from, to));
      previousEnd = to;
    }
    return out;
  }

  private static LocalDate nextSessionDay(LocalDate[] days, int after) {
    for (int j = after + 1; j < days.length; j++) {
      if (days[j] != null) {
        return days[j];
      }
    }
    return null;
  }

  private static int windowDays(ProgramBody.Activity a) {
    if (a.durationDays() != null && a.durationDays() > 0) {
      return a.durationDays();
    }
    return switch (a.type() == null ? "" : a.type()) {
      case "consultation" -> 14;
      case "assessment" -> 7;
      default -> 30;
    };
  }

  /** Saturday and Sunday move to the Monday after. */
  static LocalDate workingDay(LocalDate day) {
    DayOfWeek d = day.getDayOfWeek();
    if (d == DayOfWeek.SATURDAY) {
      return day.plusDays(2);
    }
    return d == DayOfWeek.SUNDAY ? day.plusDays(1) : day;
  }

  private static ProposedSession session(ProgramBody.Activity a, LocalDate first, LocalDate last) {
    return new ProposedSession(
        a.id(), SessionKind.SESSION, a.title(), first.atTime(STARTS), last.atTime(ENDS), a.mode());
  }

  private static ProposedSession window(ProgramBody.Activity a, LocalDate first, LocalDate last) {
    return new ProposedSession(
        a.id(),
        SessionKind.WINDOW,
        a.title(),
        first.atStartOfDay(),
        last.atTime(LocalTime.of(23, 59)),
        a.mode());
  }
}
