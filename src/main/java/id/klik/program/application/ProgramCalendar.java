package id.klik.program.application;

import id.klik.calendar.application.CalendarEvent;
import id.klik.calendar.application.CalendarSource;
import id.klik.people.application.TeamDirectory;
import id.klik.people.application.TeamView;
import id.klik.program.domain.Program;
import id.klik.program.domain.ProgramSession;
import id.klik.program.domain.SessionKind;
import id.klik.program.infrastructure.ProgramRepository;
import id.klik.shared.domain.NotFoundException;
import id.klik.shared.infrastructure.KlikConfig;
import id.klik.tenancy.application.TenantContext;
import id.klik.tenancy.domain.TenantRef;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Program sessions as calendar events: a person's are the sessions of the programs their teams are
 * enrolled in; the clinic's are all. Windows (consultation periods, registration) are no events.
 */
@ApplicationScoped
public class ProgramCalendar implements CalendarSource {

  @Inject ProgramRepository repository;
  @Inject TeamDirectory teams;
  @Inject KlikConfig config;

  @Override
  @Transactional
  public List<CalendarEvent> eventsOf(String username, LocalDate from, LocalDate to) {
    List<UUID> teamIds = teams.teamsOf(username).stream().map(TeamView::id).toList();
    return events(repository.sessionsOfTeams(teamIds, start(from), start(to.plusDays(1))));
  }

  @Override
  @Transactional
  public List<CalendarEvent> clinicEvents(LocalDate from, LocalDate to) {
    return events(repository.sessionsBetween(start(from), start(to.plusDays(1))));
  }

  /** One program's sessions (every one, cancelled ones as cancelled), for its .ics download. */
  @Transactional
  public List<CalendarEvent> ofProgram(UUID programId) {
    Program program =
        repository.find(programId).orElseThrow(() -> new NotFoundException("program", programId));
    return repository.sessions(programId).stream()
        .filter(s -> s.kind() == SessionKind.SESSION)
        .map(s -> ProgramEvents.of(program, s, zone(), url(program)))
        .toList();
  }

  private List<CalendarEvent> events(List<ProgramSession> sessions) {
    Map<UUID, Program> programs = new HashMap<>();
    return sessions.stream()
        .filter(s -> s.kind() == SessionKind.SESSION)
        .map(
            s -> {
              Program p =
                  programs.computeIfAbsent(s.programId(), id -> repository.find(id).orElseThrow());
              return ProgramEvents.of(p, s, zone(), url(p));
            })
        .toList();
  }

  private static ZoneId zone() {
    return TenantContext.require().timeZone().zone();
  }

  private static OffsetDateTime start(LocalDate day) {
    return day.atStartOfDay(zone()).toOffsetDateTime();
  }

  private String url(Program p) {
    TenantRef tenant = TenantContext.require();
    return config.publicUrl().orElse("") + "/t/" + tenant.slug() + "/program?id=" + p.id();
  }
}
