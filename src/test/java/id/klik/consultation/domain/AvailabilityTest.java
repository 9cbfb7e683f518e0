package id.klik.consultation.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class AvailabilityTest {

  static final ZoneId WIB = ZoneId.of("Asia/Jakarta");
  static final ZoneId WITA = ZoneId.of("Asia/Makassar");
  static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");

  @Test
  void weeklySlotsExpandIntoEveryMatchingDateOfTheRange() {
    Availability a =
        new Availability(
            WIB,
            List.of(
                new WeeklySlot(DayOfWeek.MONDAY, LocalTime.of(9, 0), 60),
                new WeeklySlot(DayOfWeek.THURSDAY, LocalTime.of(13, 30), 90)),
            List.of());
    Instant from = LocalDate.of(2026, 12, 1).atStartOfDay(WIB).toInstant();
    Instant to = LocalDate.of(2027, 1, 1).atStartOfDay(WIB).toInstant();

    List<Slot> slots = a.expand(from, to);

    // December 2026: Mondays 7, 14, 21, 28; Thursdays 3, 10, 17, 24, 31
    assertThat(slots).hasSize(9);
    assertThat(slots.get(0).startIn(WIB).toLocalDateTime())
        .isEqualTo(LocalDate.of(2026, 12, 3).atTime(13, 30));
    assertThat(slots.get(0).minutes()).isEqualTo(90);
    assertThat(slots).isSorted();
  }

  @Test
  void aMentorInAmsterdamMovesAgainstWibAcrossDaylightSaving() {
    Availability a =
        new Availability(
            AMSTERDAM,
            List.of(new WeeklySlot(DayOfWeek.MONDAY, LocalTime.of(9, 0), 60)),
            List.of());
    // Europe goes to summer time on Sunday 29 March 2026
    Instant from = LocalDate.of(2026, 3, 23).atStartOfDay(WIB).toInstant();
    Instant to = LocalDate.of(2026, 4, 1).atStartOfDay(WIB).toInstant();

    List<Slot> slots = a.expand(from, to);

    assertThat(slots).hasSize(2);
    // 09:00 in Amsterdam every week, but 15:00 WIB in winter and 14:00 WIB in summer
    assertThat(slots.get(0).startIn(AMSTERDAM).toLocalTime()).isEqualTo(LocalTime.of(9, 0));
    assertThat(slots.get(1).startIn(AMSTERDAM).toLocalTime()).isEqualTo(LocalTime.of(9, 0));
    assertThat(slots.get(0).startIn(WIB).toLocalTime()).isEqualTo(LocalTime.of(15, 0));
    assertThat(slots.get(1).startIn(WIB).toLocalTime()).isEqualTo(LocalTime.of(14, 0));
    // WITA stays one hour ahead of WIB all year: Indonesia has no daylight saving
    assertThat(slots.get(1).startIn(WITA).toLocalTime()).isEqualTo(LocalTime.of(15, 0));
  }

  @Test
  void indonesianZonesKeepTheirWallClockAllYear() {
    Availability a =
        new Availability(
            WITA, List.of(new WeeklySlot(DayOfWeek.WEDNESDAY, LocalTime.of(10, 0), 60)), List.of());
    Instant from = LocalDate.of(2026, 1, 1).atStartOfDay(WIB).toInstant();
    Instant to = LocalDate.of(2027, 1, 1).atStartOfDay(WIB).toInstant();

    List<Slot> slots = a.expand(from, to);

    assertThat(slots).hasSize(52);
    assertThat(slots)
        .allSatisfy(
            s -> {
              assertThat(s.startIn(WITA).toLocalTime()).isEqualTo(LocalTime.of(10, 0));
              assertThat(s.startIn(WIB).toLocalTime()).isEqualTo(LocalTime.of(9, 0));
            });
  }

  @Test
  void aSlotSkippedByTheClockChangeMovesForwardByTheGap() {
    Availability a =
        new Availability(
            AMSTERDAM,
            List.of(),
            List.of(new OneOffSlot(LocalDate.of(2026, 3, 29), LocalTime.of(2, 30), 30)));

    List<Slot> slots =
        a.expand(Instant.parse("2026-03-28T00:00:00Z"), Instant.parse("2026-03-30T00:00:00Z"));

    assertThat(slots).hasSize(1);
    assertThat(slots.get(0).startIn(AMSTERDAM).toLocalTime()).isEqualTo(LocalTime.of(3, 30));
  }

  @Test
  void oneOffSlotsJoinWeeklyOnesAndTheSameStartCountsOnce() {
    LocalDate monday = LocalDate.of(2026, 12, 7);
    Availability a =
        new Availability(
            WIB,
            List.of(new WeeklySlot(DayOfWeek.MONDAY, LocalTime.of(9, 0), 60)),
            List.of(
                new OneOffSlot(monday, LocalTime.of(9, 0), 60),
                new OneOffSlot(monday.plusDays(1), LocalTime.of(16, 0), 45)));

    List<Slot> slots =
        a.expand(
            monday.atStartOfDay(WIB).toInstant(), monday.plusDays(2).atStartOfDay(WIB).toInstant());

    assertThat(slots).hasSize(2);
    assertThat(slots.get(1).startIn(WIB))
        .isEqualTo(ZonedDateTime.of(monday.plusDays(1), LocalTime.of(16, 0), WIB));
  }

  @Test
  void onlySlotsStartingInTheRangeAreReturned() {
    Availability a =
        new Availability(
            WIB, List.of(new WeeklySlot(DayOfWeek.MONDAY, LocalTime.of(9, 0), 60)), List.of());
    Instant nineThirty = LocalDate.of(2026, 12, 7).atTime(9, 30).atZone(WIB).toInstant();

    assertThat(a.expand(nineThirty, nineThirty.plusSeconds(7 * 86400 - 3600))).isEmpty();
    assertThat(a.offered(LocalDate.of(2026, 12, 14).atTime(9, 0).atZone(WIB).toInstant()))
        .isPresent();
    assertThat(a.offered(LocalDate.of(2026, 12, 14).atTime(10, 0).atZone(WIB).toInstant()))
        .isEmpty();
  }

  @Test
  void checkNamesOverlapsBadZonesAndLengths() {
    assertThat(
            Availability.check(
                "Asia/Jakarta",
                List.of(
                    new WeeklySlot(DayOfWeek.MONDAY, LocalTime.of(9, 0), 60),
                    new WeeklySlot(DayOfWeek.MONDAY, LocalTime.of(9, 30), 60)),
                List.of()))
        .extracting(p -> p.messageKey())
        .containsExactly("availability.overlap");
    // a Sunday slot spilling past midnight meets Monday's early slot
    assertThat(
            Availability.check(
                "Asia/Jakarta",
                List.of(
                    new WeeklySlot(DayOfWeek.SUNDAY, LocalTime.of(23, 30), 60),
                    new WeeklySlot(DayOfWeek.MONDAY, LocalTime.of(0, 0), 30)),
                List.of()))
        .extracting(p -> p.messageKey())
        .containsExactly("availability.overlap");
    assertThat(
            Availability.check(
                "Asia/Jakarta",
                List.of(
                    new WeeklySlot(DayOfWeek.MONDAY, LocalTime.of(9, 0), 60),
                    new WeeklySlot(DayOfWeek.MONDAY, LocalTime.of(10, 0), 60)),
                List.of()))
        .isEmpty();
    assertThat(Availability.check("Mars/Olympus", List.of(), List.of()))
        .extracting(p -> p.messageKey())
        .containsExactly("availability.zone.invalid");
    assertThat(
            Availability.check(
                "Asia/Makassar",
                List.of(),
                List.of(new OneOffSlot(LocalDate.of(2026, 12, 1), LocalTime.NOON, 5))))
        .extracting(p -> p.messageKey())
        .containsExactly("availability.minutes");
  }
}
