package id.klik.consultation.application;

import id.klik.calendar.application.CalendarEvent;
import id.klik.calendar.application.CalendarSource;
import id.klik.consultation.domain.Consultation;
import id.klik.consultation.domain.ConsultationStatus;
import id.klik.consultation.domain.Slot;
import id.klik.consultation.infrastructure.ConsultationRepository;
import id.klik.people.application.TeamDirectory;
import id.klik.people.application.TeamView;
import id.klik.shared.infrastructure.KlikConfig;
import id.klik.tenancy.application.TenantContext;
import id.klik.tenancy.domain.TenantModule;
import id.klik.tenancy.domain.TenantRef;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Consultations as calendar events: one event per consultation ({@code consultation-<id>@klik}),
 * its sequence the consultation's, so a move updates and a cancellation removes the same entry. A
 * person's calendar holds the consultations they take as mentor or as a member of the team; the
 * clinic calendar every confirmed one.
 */
@ApplicationScoped
public class ConsultationCalendar implements CalendarSource {

  @Inject ConsultationRepository repository;
  @Inject TeamDirectory teams;
  @Inject KlikConfig config;

  @Override
  @Transactional
  public List<CalendarEvent> eventsOf(String username, LocalDate from, LocalDate to) {
    if (!enabled()) {
      return List.of();
    }
    Set<UUID> myTeams = new HashSet<>();
    teams.teamsOf(username).forEach(t -> myTeams.add(t.id()));
    ZoneId zone = TenantContext.require().timeZone().zone();
    return events(
        repository.confirmedBetweenFor(
            username, myTeams, start(from, zone), start(to.plusDays(1), zone)));
  }

  @Override
  @Transactional
  public List<CalendarEvent> clinicEvents(LocalDate from, LocalDate to) {
    if (!enabled()) {
      return List.of();
    }
    ZoneId zone = TenantContext.require().timeZone().zone();
    return events(repository.confirmedBetween(start(from, zone), start(to.plusDays(1), zone)));
  }

  private static Instant start(LocalDate day, ZoneId zone) {
    return day.atStartOfDay(zone).toInstant();
  }

  /** Many consultations' events, the team names read once. */
  private List<CalendarEvent> events(List<Consultation> consultations) {
    if (consultations.isEmpty()) {
      return List.of();
    }
    Map<UUID, String> names = new HashMap<>();
    teams.all().forEach(t -> names.put(t.id(), t.name()));
    return consultations.stream().map(c -> event(c, names.getOrDefault(c.teamId(), ""))).toList();
  }

  /** The consultation's event; it must have (had) a slot. */
  @Transactional
  public CalendarEvent event(Consultation c) {
    return event(c, teams.find(c.teamId()).map(TeamView::name).orElse(""));
  }

  private CalendarEvent event(Consultation c, String team) {
    TenantRef tenant = TenantContext.require();
    ZoneId zone = tenant.timeZone().zone();
    Slot slot = c.slot().orElseThrow(() -> new IllegalStateException("no slot: " + c.id()));
    String url =
        config.publicUrl().orElse("") + "/t/" + tenant.slug() + "/consultations?id=" + c.id();
    return new CalendarEvent(
        "consultation-" + c.id() + "@klik",
        c.sequence(),
        "Konsultasi: " + c.topic() + " (" + team + ")",
        c.topic() + "\n" + team + "\n" + c.mentor().orElse("Klinik") + "\n" + url,
        slot.start().atZone(zone),
        slot.end().atZone(zone),
        null,
        url,
        c.status() == ConsultationStatus.CANCELLED);
  }

  private static boolean enabled() {
    return TenantContext.require().enabled(TenantModule.CONSULTATIONS);
  }
}
