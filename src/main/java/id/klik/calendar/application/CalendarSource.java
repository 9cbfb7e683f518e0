package id.klik.calendar.application;

import java.time.LocalDate;
import java.util.List;

/**
 * A context that has events (program sessions, consultations) implements this as a CDI bean; the
 * calendar finds every implementation and asks each. Both methods run inside the current tenant, in
 * a transaction the caller holds or their own, and answer that tenant's events only. Dates are
 * inclusive and read in the tenant's zone.
 */
public interface CalendarSource {

  /** The events of the person with this Keycloak username in the current tenant. */
  List<CalendarEvent> eventsOf(String username, LocalDate from, LocalDate to);

  /** Every event of the current tenant (the clinic calendar). */
  List<CalendarEvent> clinicEvents(LocalDate from, LocalDate to);
}
