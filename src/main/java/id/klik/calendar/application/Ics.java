package id.klik.calendar.application;

import id.klik.shared.infrastructure.KlikConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.TimeZoneRegistry;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import net.fortuna.ical4j.model.parameter.TzId;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtEnd;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.DtStart;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.Method;
import net.fortuna.ical4j.model.property.Organizer;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Summary;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableMethod;
import net.fortuna.ical4j.model.property.immutable.ImmutableStatus;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;

/**
 * Writes events as iCalendar (RFC 5545, methods of RFC 5546) with ical4j: times in the given zone
 * with its VTIMEZONE (from the definitions bundled in ical4j; the network updater is off in {@code
 * ical4j.properties}), so calendar apps show the tenant's local time whatever their own zone. An
 * invitation is {@code REQUEST}, a cancellation {@code CANCEL}, a feed {@code PUBLISH}.
 */
@ApplicationScoped
public class Ics {

  public static final String CONTENT_TYPE = "text/calendar; charset=UTF-8";
  private static final String PRODUCT = "-//KLIK//Klinik Inovasi//ID";

  @Inject KlikConfig config;

  private final TimeZoneRegistry zones = TimeZoneRegistryFactory.getInstance().createRegistry();

  /** An invitation or an update of it (same UID, higher SEQUENCE). */
  public byte[] request(CalendarEvent event, ZoneId zone) {
    return write(ImmutableMethod.REQUEST, List.of(event), zone);
  }

  /** The event's cancellation: calendar apps remove their copy. */
  public byte[] cancel(CalendarEvent event, ZoneId zone) {
    CalendarEvent cancelled = event.cancelled() ? event : event.asCancelled();
    return write(ImmutableMethod.CANCEL, List.of(cancelled), zone);
  }

  /** A feed of many events, as a subscribed calendar reads it. */
  public byte[] publish(List<CalendarEvent> events, ZoneId zone) {
    return write(ImmutableMethod.PUBLISH, events, zone);
  }

  /**
   * The MIME type of a mail part carrying this method, e.g. {@code text/calendar; method=REQUEST}.
   */
  public static String contentType(String method) {
    return "text/calendar; charset=UTF-8; method=" + method;
  }

  private byte[] write(Method method, List<CalendarEvent> events, ZoneId zone) {
    Calendar calendar = new Calendar();
    calendar.add(new ProdId(PRODUCT));
    calendar.add(ImmutableVersion.VERSION_2_0);
    calendar.add(ImmutableCalScale.GREGORIAN);
    calendar.add(method);
    VTimeZone definition = zones.getTimeZone(zone.getId()).getVTimeZone();
    calendar.add(definition);
    for (CalendarEvent event : events) {
      calendar.add(event(event, zone, method));
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      new CalendarOutputter(false).output(calendar, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  private VEvent event(CalendarEvent e, ZoneId zone, Method method) {
    ZonedDateTime start = e.start().withZoneSameInstant(zone).truncatedTo(ChronoUnit.SECONDS);
    ZonedDateTime end = e.end().withZoneSameInstant(zone).truncatedTo(ChronoUnit.SECONDS);
    // The local time is written as it is, with the zone's TZID: ical4j's own conversion goes
    // through
    // rules it builds from the VTIMEZONE, which put Asia/Jakarta at +07:30 in 2026 (its observance
    // of 1950–1963), 30 minutes off. Calendar apps read the TZID as the Olson zone.
    VEvent event = new VEvent(false);
    event.add(new DtStamp(Instant.now().truncatedTo(ChronoUnit.SECONDS)));
    event.add(zoned(new DtStart<>(start.toLocalDateTime()), zone));
    event.add(zoned(new DtEnd<>(end.toLocalDateTime()), zone));
    event.add(new Summary(e.summary()));
    event.add(new Uid(e.uid()));
    event.add(new Sequence((int) Math.min(Integer.MAX_VALUE, e.sequence())));
    if (e.description() != null && !e.description().isBlank()) {
      event.add(new Description(e.description()));
    }
    if (e.location() != null && !e.location().isBlank()) {
      event.add(new Location(e.location()));
    }
    uri(e.url()).ifPresent(u -> event.add(new Url(u)));
    if (!ImmutableMethod.PUBLISH.equals(method)) {
      uri("mailto:" + organizer()).ifPresent(u -> event.add(new Organizer(u)));
    }
    event.add(
        e.cancelled() || ImmutableMethod.CANCEL.equals(method)
            ? ImmutableStatus.VEVENT_CANCELLED
            : ImmutableStatus.VEVENT_CONFIRMED);
    return event;
  }

  private static <P extends Property> P zoned(P property, ZoneId zone) {
    property.add(new TzId(zone.getId()));
    return property;
  }

  private String organizer() {
    String from = config == null ? null : config.mailFrom();
    if (from == null || from.isBlank()) {
      return "klik@localhost";
    }
    int open = from.indexOf('<');
    int close = from.indexOf('>');
    return open >= 0 && close > open ? from.substring(open + 1, close).trim() : from.trim();
  }

  private static java.util.Optional<URI> uri(String value) {
    if (value == null || value.isBlank()) {
      return java.util.Optional.empty();
    }
    try {
      return java.util.Optional.of(new URI(value));
    } catch (URISyntaxException e) {
      return java.util.Optional.empty();
    }
  }
}
