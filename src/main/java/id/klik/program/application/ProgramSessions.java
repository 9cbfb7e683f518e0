package id.klik.program.application;

import id.klik.calendar.application.CalendarEvent;
import id.klik.calendar.application.CalendarMail;
import id.klik.identity.application.MemberDirectory;
import id.klik.identity.application.Permissions;
import id.klik.identity.domain.Permission;
import id.klik.people.application.TeamDirectory;
import id.klik.people.application.TeamView;
import id.klik.program.domain.Enrolment;
import id.klik.program.domain.Program;
import id.klik.program.domain.ProgramSession;
import id.klik.program.domain.SessionKind;
import id.klik.program.infrastructure.ProgramRepository;
import id.klik.shared.audit.AuditTrail;
import id.klik.shared.domain.ConflictException;
import id.klik.shared.domain.NotFoundException;
import id.klik.shared.domain.ValidationException;
import id.klik.shared.infrastructure.KlikConfig;
import id.klik.tenancy.application.TenantContext;
import id.klik.tenancy.application.TenantTime;
import id.klik.tenancy.domain.TenantRef;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * A program's sessions: the clinic plans them (time in the tenant's zone, place or online link,
 * facilitators), adds and cancels them. When a session's time, title or place changes, every person
 * of the enrolled teams is mailed an update (the same UID, a higher SEQUENCE); a cancelled session
 * mails {@code METHOD:CANCEL}.
 */
@ApplicationScoped
public class ProgramSessions {

  static final String UPDATED = "program-session-updated";
  static final String CANCELLED = "program-session-cancelled";

  @Inject ProgramService programs;
  @Inject ProgramRepository repository;
  @Inject ProgramViews views;
  @Inject Permissions permissions;
  @Inject AuditTrail audit;
  @Inject TeamDirectory teams;
  @Inject MemberDirectory members;
  @Inject CalendarMail mail;
  @Inject KlikConfig config;

  /** A session as the clinic writes it; times are local to the tenant. */
  public record SessionInput(
      String title,
      LocalDateTime start,
      LocalDateTime end,
      String location,
      String onlineLink,
      String facilitators) {}

  @Transactional
  public ProgramView change(UUID programId, UUID sessionId, SessionInput input) {
    Program program = writable(programId);
    ProgramSession session = session(program, sessionId);
    if (session.cancelled()) {
      throw new ConflictException("program.session.isCancelled");
    }
    ZoneId zone = ProgramViews.zone();
    long before = session.sequence();
    session.change(
        input.title() == null ? session.title() : input.title(),
        input.start() == null ? null : input.start().atZone(zone),
        input.end() == null ? null : input.end().atZone(zone),
        input.location(),
        input.onlineLink(),
        input.facilitators());
    repository.flush();
    if (session.sequence() > before && session.kind() == SessionKind.SESSION) {
      notifyEnrolled(program, session, false);
    }
    audit.record("UPDATE", "program-session", sessionId, session.title());
    return views.of(program);
  }

  /** Adds a session after the others. */
  @Transactional
  public ProgramView add(UUID programId, SessionInput input) {
    Program program = writable(programId);
    if (input.start() == null || input.end() == null) {
      throw ValidationException.of("start", "program.session.start.required");
    }
    ZoneId zone = ProgramViews.zone();
    int position = repository.sessions(programId).size();
    ProgramSession session =
        new ProgramSession(
            programId,
            position,
            null,
            SessionKind.SESSION,
            input.title(),
            input.start().atZone(zone),
            input.end().atZone(zone));
    session.change(
        input.title(),
        input.start().atZone(zone),
        input.end().atZone(zone),
        input.location(),
        input.onlineLink(),
        input.facilitators());
    repository.store(session);
    repository.flush();
    notifyEnrolled(program, session, false);
    audit.record("CREATE", "program-session", session.id(), session.title());
    return views.of(program);
  }

  @Transactional
  public ProgramView cancel(UUID programId, UUID sessionId) {
    Program program = writable(programId);
    ProgramSession session = session(program, sessionId);
    if (session.cancel()) {
      repository.flush();
      if (session.kind() == SessionKind.SESSION) {
        notifyEnrolled(program, session, true);
      }
      audit.record("CANCEL", "program-session", sessionId, session.title());
    }
    return views.of(program);
  }

  private Program writable(UUID programId) {
    permissions.require(Permission.PROGRAMS_WRITE);
    Program program = programs.find(programId);
    if (!program.state().allowsSessionChanges()) {
      throw new ConflictException("program.closed");
    }
    return program;
  }

  private ProgramSession session(Program program, UUID sessionId) {
    return repository
        .session(program.id(), sessionId)
        .orElseThrow(() -> new NotFoundException("program-session", sessionId));
  }

  /** Mails every person of the enrolled teams, once per change (key: uid, sequence, person). */
  void notifyEnrolled(Program program, ProgramSession session, boolean cancelled) {
    TenantRef tenant = TenantContext.require();
    ZoneId zone = tenant.timeZone().zone();
    String url = programUrl(tenant, program);
    CalendarEvent event = ProgramEvents.of(program, session, zone, url);
    Set<UUID> people = new LinkedHashSet<>();
    for (Enrolment e : repository.enrolments(program.id())) {
      teams.find(e.teamId()).map(TeamView::members).orElse(List.of()).stream()
          .map(TeamView.Member::memberId)
          .forEach(people::add);
    }
    for (MemberDirectory.Contact c : members.contacts(people)) {
      Map<String, String> parameters =
          Map.of(
              "name", c.name(),
              "program", program.title(),
              "session", session.title(),
              "when", TenantTime.format(session.startsAt()),
              "where", event.location() == null ? "-" : event.location(),
              "url", url);
      String key = session.calendarUid() + ":" + session.sequence() + ":" + c.username();
      if (cancelled) {
        mail.cancel(key, c.email(), tenant.locale(), CANCELLED, parameters, event, zone);
      } else {
        mail.invite(key, c.email(), tenant.locale(), UPDATED, parameters, event, zone);
      }
    }
  }

  private String programUrl(TenantRef tenant, Program program) {
    String base = config.publicUrl().orElse("");
    return base + "/t/" + tenant.slug() + "/program?id=" + program.id();
  }
}
