package id.klik.calendar.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class IcsTest {

  private final Ics ics = new Ics();

  private static CalendarEvent meeting(long sequence) {
    ZonedDateTime start = ZonedDateTime.of(2026, 12, 3, 9, 0, 0, 0, ZoneId.of("Asia/Pontianak"));
    return new CalendarEvent(
        "program-session-42@klik",
        sequence,
        "Pertemuan 1: Empathize",
        "Bawa data layanan",
        start,
        start.plusHours(3),
        "Aula Bappeda",
        "https://klik.example/t/pontianak/program?id=42",
        false);
  }

  static Calendar read(byte[] ics) throws Exception {
    return new CalendarBuilder().build(new ByteArrayInputStream(ics));
  }

  static VEvent onlyEvent(Calendar calendar) {
    List<VEvent> events = calendar.getComponents("VEVENT");
    assertThat(events).hasSize(1);
    return events.get(0);
  }

  /**
   * The instant a calendar app reads: the local time at the TZID's Olson zone. (ical4j's own
   * reading goes through rules it builds from the VTIMEZONE, which are 30 minutes off for
   * Asia/Jakarta after 1964; see {@link Ics}.)
   */
  static Instant startOf(VEvent event) {
    Property start = event.getProperty("DTSTART").orElseThrow();
    String zone = start.getParameter("TZID").map(p -> p.getValue()).orElseThrow();
    return LocalDateTime.parse(start.getValue(), DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss"))
        .atZone(ZoneId.of(zone))
        .toInstant();
  }

  static String value(VEvent event, String name) {
    return event.getProperty(name).map(Property::getValue).orElse(null);
  }

  @ParameterizedTest
  @ValueSource(strings = {"Asia/Jakarta", "Asia/Pontianak", "Asia/Makassar", "Asia/Jayapura"})
  void anInvitationCarriesTheZonesVtimezoneAndTheSameInstant(String zone) throws Exception {
    Calendar calendar = read(ics.request(meeting(0), ZoneId.of(zone)));

    List<VTimeZone> zones = calendar.getComponents("VTIMEZONE");
    assertThat(zones).hasSize(1);
    assertThat(zones.get(0).getProperty("TZID").map(Property::getValue)).contains(zone);
    VEvent event = onlyEvent(calendar);
    assertThat(event.getDateTimeStart().getParameter("TZID").map(p -> p.getValue())).contains(zone);
    assertThat(startOf(event)).isEqualTo(Instant.parse("2026-12-03T02:00:00Z"));
  }

  @Test
  void theLocalTimeIsWrittenInTheZoneAsIs() throws Exception {
    ZonedDateTime one = ZonedDateTime.of(2026, 12, 29, 13, 0, 0, 0, ZoneId.of("Asia/Jakarta"));
    CalendarEvent e =
        new CalendarEvent("x@klik", 0, "S", null, one, one.plusHours(3), null, null, false);

    String text = new String(ics.request(e, ZoneId.of("Asia/Jakarta")), "UTF-8");

    assertThat(text)
        .contains(
            "DTSTART;TZID=Asia/Jakarta:20261229T130000", "DTEND;TZID=Asia/Jakarta:20261229T160000");
    assertThat(new String(ics.request(e, ZoneId.of("Asia/Jayapura")), "UTF-8"))
        .contains("DTSTART;TZID=Asia/Jayapura:20261229T150000");
  }

  @Test
  void anInvitationIsARequestWithUidAndSequence() throws Exception {
    Calendar calendar = read(ics.request(meeting(3), ZoneId.of("Asia/Pontianak")));

    assertThat(calendar.getProperty("METHOD").map(Property::getValue)).contains("REQUEST");
    VEvent event = onlyEvent(calendar);
    assertThat(value(event, "UID")).isEqualTo("program-session-42@klik");
    assertThat(value(event, "SEQUENCE")).isEqualTo("3");
    assertThat(value(event, "LOCATION")).isEqualTo("Aula Bappeda");
    assertThat(value(event, "ORGANIZER")).startsWith("mailto:");
    assertThat(value(event, "STATUS")).isEqualTo("CONFIRMED");
  }

  @Test
  void aCancellationKeepsTheUidRaisesTheSequenceAndSaysCancelled() throws Exception {
    Calendar calendar = read(ics.cancel(meeting(3), ZoneId.of("Asia/Pontianak")));

    assertThat(calendar.getProperty("METHOD").map(Property::getValue)).contains("CANCEL");
    VEvent event = onlyEvent(calendar);
    assertThat(value(event, "UID")).isEqualTo("program-session-42@klik");
    assertThat(value(event, "SEQUENCE")).isEqualTo("4");
    assertThat(value(event, "STATUS")).isEqualTo("CANCELLED");
  }

  @Test
  void aFeedPublishesEveryEventInTheChosenZone() throws Exception {
    CalendarEvent other =
        new CalendarEvent(
            "consultation-7@klik",
            1,
            "Konsultasi",
            null,
            ZonedDateTime.parse("2026-12-04T10:00:00+09:00[Asia/Jayapura]"),
            ZonedDateTime.parse("2026-12-04T11:00:00+09:00[Asia/Jayapura]"),
            null,
            null,
            false);
    Calendar calendar = read(ics.publish(List.of(meeting(0), other), ZoneId.of("Asia/Jakarta")));

    assertThat(calendar.getProperty("METHOD").map(Property::getValue)).contains("PUBLISH");
    List<VEvent> events = calendar.getComponents("VEVENT");
    assertThat(events)
        .extracting(e -> value(e, "UID"))
        .containsExactly("program-session-42@klik", "consultation-7@klik");
    assertThat(startOf(events.get(1))).isEqualTo(Instant.parse("2026-12-04T01:00:00Z"));
  }

  @Test
  void anEmptyFeedIsStillACalendar() throws Exception {
    Calendar calendar = read(ics.publish(List.of(), ZoneId.of("Asia/Makassar")));

    assertThat(calendar.getComponents("VEVENT")).isEmpty();
  }
}
