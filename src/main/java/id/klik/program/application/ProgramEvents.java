package id.klik.program.application;

import id.klik.calendar.application.CalendarEvent;
import id.klik.program.domain.Program;
import id.klik.program.domain.ProgramSession;
import java.time.ZoneId;

/** A program session as a calendar event: its UID stays, its SEQUENCE is the session's. */
final class ProgramEvents {

  private ProgramEvents() {}

  static CalendarEvent of(Program program, ProgramSession s, ZoneId zone, String url) {
    String where =
        s.location() == null
            ? s.onlineLink()
            : s.onlineLink() == null ? s.location() : s.location() + " · " + s.onlineLink();
    StringBuilder description = new StringBuilder(program.title());
    if (s.facilitators() != null) {
      description.append("\n").append(s.facilitators());
    }
    if (s.onlineLink() != null) {
      description.append("\n").append(s.onlineLink());
    }
    return new CalendarEvent(
        s.calendarUid(),
        s.sequence(),
        s.title() + " · " + program.title(),
        description.toString(),
        s.startsAt().atZoneSameInstant(zone),
        s.endsAt().atZoneSameInstant(zone),
        where,
        url,
        s.cancelled());
  }
}
