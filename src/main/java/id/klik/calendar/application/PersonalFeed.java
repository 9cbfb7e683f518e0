package id.klik.calendar.application;

import id.klik.calendar.domain.FeedRange;
import id.klik.tenancy.application.AcrossTenants;
import id.klik.tenancy.application.TenantRegistry;
import id.klik.tenancy.domain.RegionTimeZone;
import id.klik.tenancy.domain.TenantRef;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * A person's feed: their events in every active tenant where they are an active member or an
 * accepted national mentor, over {@link FeedRange}, as one {@code METHOD:PUBLISH} calendar. Each
 * tenant is entered through {@link AcrossTenants} (audited); inside it the calendar sources answer
 * only that person's events. Times are written in the zone of the first tenant with events.
 */
@ApplicationScoped
public class PersonalFeed {

  static final String REASON = "calendar feed";

  @Inject FeedTokens tokens;
  @Inject TenantRegistry registry;
  @Inject AcrossTenants across;
  @Inject FeedInTenant inTenant;
  @Inject Ics ics;

  /** The feed behind a secret, or empty when no live feed has it (a 404). */
  public Optional<byte[]> of(String secret) {
    Optional<String> owner = tokens.owner(secret);
    if (owner.isEmpty()) {
      return Optional.empty();
    }
    String username = owner.get();
    List<TenantRef> tenants = registry.active();
    List<CalendarEvent> events = new ArrayList<>();
    ZoneId zone = null;
    for (AcrossTenants.Outcome<List<CalendarEvent>> outcome :
        across.forEach(tenants, REASON + " " + username, t -> inTenant.events(username))) {
      if (!outcome.failed() && !outcome.value().isEmpty()) {
        events.addAll(outcome.value());
        zone = zone == null ? outcome.tenant().timeZone().zone() : zone;
      }
    }
    events.sort(Comparator.comparing(CalendarEvent::start));
    return Optional.of(ics.publish(events, zone == null ? RegionTimeZone.WIB.zone() : zone));
  }
}
