package id.klik.consultation.domain;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Objects;

/**
 * A span of time a mentor offers or a consultation takes, as instants: the same slot is 09:00 WIB
 * and 10:00 WITA. Its start names it ({@code "slot"} in the API is the start as an ISO instant or
 * offset date-time).
 */
public record Slot(Instant start, Instant end) implements Comparable<Slot> {

  public Slot {
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(end, "end");
    if (!end.isAfter(start)) {
      throw new IllegalArgumentException("a slot ends after it starts: " + start + " " + end);
    }
  }

  public static Slot of(Instant start, int minutes) {
    return new Slot(start, start.plus(Duration.ofMinutes(minutes)));
  }

  public int minutes() {
    return (int) Duration.between(start, end).toMinutes();
  }

  /** Whether the two share any moment; touching ends (09:00–10:00, 10:00–11:00) do not. */
  public boolean overlaps(Slot other) {
    return start.isBefore(other.end) && other.start.isBefore(end);
  }

  public ZonedDateTime startIn(ZoneId zone) {
    return start.atZone(zone);
  }

  public ZonedDateTime endIn(ZoneId zone) {
    return end.atZone(zone);
  }

  @Override
  public int compareTo(Slot o) {
    int c = start.compareTo(o.start);
    return c != 0 ? c : end.compareTo(o.end);
  }
}
