package id.klik.consultation.domain;

import id.klik.shared.domain.FieldProblem;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * When a mentor can be consulted: weekly slots and one-off slots, written in the mentor's own zone.
 * A weekly 09:00 is 09:00 where the mentor lives on every date, so a mentor in Europe/Amsterdam
 * offers 15:00 WIB in winter and 14:00 WIB in summer: Indonesia keeps no daylight saving, the
 * mentor's zone may. A local time skipped by a clock change (02:30 on the morning clocks go
 * forward) moves forward by the gap, as {@link java.time.ZonedDateTime} does.
 */
public record Availability(ZoneId zone, List<WeeklySlot> weekly, List<OneOffSlot> once) {

  public static final int MIN_MINUTES = 15;
  public static final int MAX_MINUTES = 480;

  public Availability {
    weekly = List.copyOf(weekly);
    once = List.copyOf(once);
  }

  public static Availability none(ZoneId zone) {
    return new Availability(zone, List.of(), List.of());
  }

  /** Every problem of the slots together; none for a valid availability. */
  public static List<FieldProblem> check(
      String zone, List<WeeklySlot> weekly, List<OneOffSlot> once) {
    List<FieldProblem> problems = new ArrayList<>();
    ZoneId zoneId = null;
    try {
      zoneId = zone == null || zone.isBlank() ? null : ZoneId.of(zone.trim());
    } catch (DateTimeException e) {
      zoneId = null;
    }
    if (zoneId == null) {
      problems.add(FieldProblem.of("zone", "availability.zone.invalid", zone));
    }
    for (int i = 0; i < weekly.size(); i++) {
      WeeklySlot w = weekly.get(i);
      if (w == null || w.day() == null || w.start() == null) {
        problems.add(FieldProblem.of("weekly[" + i + "]", "availability.slot.incomplete"));
      } else if (w.minutes() < MIN_MINUTES || w.minutes() > MAX_MINUTES) {
        problems.add(
            FieldProblem.of(
                "weekly[" + i + "].minutes", "availability.minutes", MIN_MINUTES, MAX_MINUTES));
      }
    }
    for (int i = 0; i < once.size(); i++) {
      OneOffSlot o = once.get(i);
      if (o == null || o.date() == null || o.start() == null) {
        problems.add(FieldProblem.of("once[" + i + "]", "availability.slot.incomplete"));
      } else if (o.minutes() < MIN_MINUTES || o.minutes() > MAX_MINUTES) {
        problems.add(
            FieldProblem.of(
                "once[" + i + "].minutes", "availability.minutes", MIN_MINUTES, MAX_MINUTES));
      }
    }
    if (problems.isEmpty()) {
      for (int i = 0; i < weekly.size(); i++) {
        for (int j = i + 1; j < weekly.size(); j++) {
          if (overlaps(weekly.get(i), weekly.get(j))) {
            problems.add(
                FieldProblem.of(
                    "weekly[" + j + "]",
                    "availability.overlap",
                    weekly.get(i).day() + " " + weekly.get(i).start()));
          }
        }
      }
      for (int i = 0; i < once.size(); i++) {
        for (int j = i + 1; j < once.size(); j++) {
          OneOffSlot a = once.get(i);
          OneOffSlot b = once.get(j);
          if (local(a.date(), a.start(), a.minutes())
              .overlaps(local(b.date(), b.start(), b.minutes()))) {
            problems.add(
                FieldProblem.of(
                    "once[" + j + "]", "availability.overlap", a.date() + " " + a.start()));
          }
        }
      }
    }
    return problems;
  }

  /**
   * The slots that start in {@code [from, to)}, in order, each once (a one-off slot that starts
   * with a weekly one is the same offer).
   */
  public List<Slot> expand(Instant from, Instant to) {
    TreeSet<Slot> out = new TreeSet<>();
    LocalDate first = from.atZone(zone).toLocalDate().minusDays(1);
    LocalDate last = to.atZone(zone).toLocalDate().plusDays(1);
    for (LocalDate d = first; !d.isAfter(last); d = d.plusDays(1)) {
      for (WeeklySlot w : weekly) {
        if (w.day() == d.getDayOfWeek()) {
          add(out, Slot.of(d.atTime(w.start()).atZone(zone).toInstant(), w.minutes()), from, to);
        }
      }
    }
    for (OneOffSlot o : once) {
      add(out, Slot.of(o.date().atTime(o.start()).atZone(zone).toInstant(), o.minutes()), from, to);
    }
    List<Slot> result = new ArrayList<>();
    for (Slot s : out) {
      if (result.isEmpty() || !result.get(result.size() - 1).start().equals(s.start())) {
        result.add(s);
      }
    }
    return result;
  }

  /** Whether the mentor offers a slot starting at this instant (weekly or one-off). */
  public java.util.Optional<Slot> offered(Instant start) {
    return expand(start, start.plusSeconds(1)).stream()
        .filter(s -> s.start().equals(start))
        .findFirst();
  }

  private static void add(TreeSet<Slot> out, Slot s, Instant from, Instant to) {
    if (!s.start().isBefore(from) && s.start().isBefore(to)) {
      out.add(s);
    }
  }

  private static boolean overlaps(WeeklySlot a, WeeklySlot b) {
    // compared on one reference week: same day, or spilling past midnight into the next
    LocalDate monday = LocalDate.of(2024, 1, 1);
    for (int shift = -7; shift <= 7; shift += 7) {
      LocalDate da = monday.plusDays(a.day().getValue() - 1);
      LocalDate db = monday.plusDays(b.day().getValue() - 1 + shift);
      if (local(da, a.start(), a.minutes()).overlaps(local(db, b.start(), b.minutes()))) {
        return true;
      }
    }
    return false;
  }

  private static Slot local(LocalDate date, java.time.LocalTime start, int minutes) {
    LocalDateTime at = date.atTime(start);
    return Slot.of(at.toInstant(java.time.ZoneOffset.UTC), minutes);
  }
}
