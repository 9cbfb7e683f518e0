package id.klik.consultation.application;

import id.klik.consultation.domain.OneOffSlot;
import id.klik.consultation.domain.WeeklySlot;
import id.klik.shared.domain.FieldProblem;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A mentor's whole availability as written: {@code {"zone": "Europe/Amsterdam", "weekly": [{"day":
 * "MONDAY", "start": "09:00", "minutes": 60}], "once": [{"date": "2026-12-10", "start": "14:00",
 * "minutes": 60}]}}.
 */
public record AvailabilityInput(String zone, List<Weekly> weekly, List<Once> once) {

  /** A weekly slot. */
  public record Weekly(String day, String start, Integer minutes) {}

  /** A one-off slot. */
  public record Once(String date, String start, Integer minutes) {}

  List<WeeklySlot> weeklySlots(List<FieldProblem> problems) {
    List<WeeklySlot> out = new ArrayList<>();
    List<Weekly> in = weekly == null ? List.of() : weekly;
    for (int i = 0; i < in.size(); i++) {
      Weekly w = in.get(i);
      String f = "weekly[" + i + "]";
      DayOfWeek day = null;
      try {
        day = DayOfWeek.valueOf(w.day().trim().toUpperCase(Locale.ROOT));
      } catch (RuntimeException e) {
        problems.add(
            FieldProblem.of(f + ".day", "availability.day.invalid", w == null ? null : w.day()));
      }
      LocalTime start = time(w == null ? null : w.start(), f + ".start", problems);
      if (day != null && start != null) {
        out.add(new WeeklySlot(day, start, w.minutes() == null ? 60 : w.minutes()));
      }
    }
    return out;
  }

  List<OneOffSlot> oneOffSlots(List<FieldProblem> problems) {
    List<OneOffSlot> out = new ArrayList<>();
    List<Once> in = once == null ? List.of() : once;
    for (int i = 0; i < in.size(); i++) {
      Once o = in.get(i);
      String f = "once[" + i + "]";
      LocalDate date = null;
      try {
        date = LocalDate.parse(o.date().trim());
      } catch (RuntimeException e) {
        problems.add(
            FieldProblem.of(f + ".date", "availability.date.invalid", o == null ? null : o.date()));
      }
      LocalTime start = time(o == null ? null : o.start(), f + ".start", problems);
      if (date != null && start != null) {
        out.add(new OneOffSlot(date, start, o.minutes() == null ? 60 : o.minutes()));
      }
    }
    return out;
  }

  private static LocalTime time(String text, String field, List<FieldProblem> problems) {
    try {
      return LocalTime.parse(text.trim());
    } catch (RuntimeException e) {
      problems.add(FieldProblem.of(field, "availability.time.invalid", text));
      return null;
    }
  }
}
