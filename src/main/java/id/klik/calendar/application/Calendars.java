package id.klik.calendar.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Every {@link CalendarSource}'s events of the current tenant, by start. */
@ApplicationScoped
public class Calendars {

  @Inject @Any Instance<CalendarSource> sources;

  public List<CalendarEvent> clinic(LocalDate from, LocalDate to) {
    List<CalendarEvent> all = new ArrayList<>();
    sources.forEach(s -> all.addAll(s.clinicEvents(from, to)));
    all.sort(Comparator.comparing(CalendarEvent::start));
    return all;
  }

  public List<CalendarEvent> of(String username, LocalDate from, LocalDate to) {
    List<CalendarEvent> all = new ArrayList<>();
    sources.forEach(s -> all.addAll(s.eventsOf(username, from, to)));
    all.sort(Comparator.comparing(CalendarEvent::start));
    return all;
  }
}
