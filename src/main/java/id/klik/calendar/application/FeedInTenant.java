package id.klik.calendar.application;

import id.klik.calendar.domain.FeedRange;
import id.klik.identity.application.MembershipService;
import id.klik.people.application.MentorInTenant;
import id.klik.tenancy.application.TenantContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;

/** A person's part of their feed inside the current tenant: nothing unless they belong to it. */
@ApplicationScoped
public class FeedInTenant {

  @Inject MembershipService memberships;
  @Inject MentorInTenant mentors;
  @Inject Calendars calendars;

  @Transactional
  public List<CalendarEvent> events(String username) {
    if (!memberships.isActive(username) && mentors.accepted(username).isEmpty()) {
      return List.of();
    }
    FeedRange range = FeedRange.around(LocalDate.now(TenantContext.require().timeZone().zone()));
    return calendars.of(username, range.from(), range.to());
  }
}
