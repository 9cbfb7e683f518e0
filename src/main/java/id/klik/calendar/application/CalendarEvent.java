package id.klik.calendar.application;

import java.time.ZonedDateTime;
import java.util.Objects;

/**
 * One event as calendars see it. The {@code uid} stays the same for the event's whole life (e.g.
 * {@code program-session-<uuid>@klik}); {@code sequence} rises with every change, so a calendar app
 * replaces its copy with an update and drops it on a cancellation.
 *
 * @param url a link back to the event's page (may be null)
 * @param location a place or an online link (may be null)
 */
public record CalendarEvent(
    String uid,
    long sequence,
    String summary,
    String description,
    ZonedDateTime start,
    ZonedDateTime end,
    String location,
    String url,
    boolean cancelled) {

  public CalendarEvent {
    Objects.requireNonNull(uid, "uid");
    Objects.requireNonNull(summary, "summary");
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(end, "end");
    if (sequence < 0) {
      throw new IllegalArgumentException("sequence below 0");
    }
    if (end.isBefore(start)) {
      throw new IllegalArgumentException("event ends before it starts: " + uid);
    }
  }

  /** The same event cancelled, one sequence later. */
  public CalendarEvent asCancelled() {
    return new CalendarEvent(
        uid, sequence + 1, summary, description, start, end, location, url, true);
  }
}
