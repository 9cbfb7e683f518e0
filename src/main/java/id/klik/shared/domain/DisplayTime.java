package id.klik.shared.domain;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Objects;

/**
 * The one way a stored instant is shown to a person: in a zone with the abbreviation people there
 * use (WIB, WITA, WIT), e.g. {@code 2026-12-01 10:05 WIB}. Java's own zone names would print "WIB"
 * for Jakarta but "WITA" only in some locales and never consistently, so the abbreviation is given,
 * not looked up.
 */
public record DisplayTime(ZoneId zone, String abbreviation) {

  private static final DateTimeFormatter DATE_TIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
  private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd");

  public DisplayTime {
    Objects.requireNonNull(zone, "zone");
    Objects.requireNonNull(abbreviation, "abbreviation");
  }

  /** Date and minute with the zone's abbreviation; empty for no instant. */
  public String format(Instant at) {
    return at == null ? "" : DATE_TIME.format(at.atZone(zone)) + " " + abbreviation;
  }

  public String format(OffsetDateTime at) {
    return at == null ? "" : format(at.toInstant());
  }

  /** The calendar day in the zone (no abbreviation: a day needs none). */
  public String date(Instant at) {
    return at == null ? "" : DATE.format(at.atZone(zone));
  }
}
