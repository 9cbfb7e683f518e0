package id.klik.program.application;

import id.klik.people.application.TeamDirectory;
import id.klik.people.application.TeamView;
import id.klik.program.domain.Attendance;
import id.klik.program.domain.Enrolment;
import id.klik.program.domain.Program;
import id.klik.program.domain.ProgramSession;
import id.klik.program.domain.ProgramState;
import id.klik.program.domain.ProposedSession;
import id.klik.program.domain.SessionKind;
import id.klik.program.domain.SessionProposals;
import id.klik.program.infrastructure.ProgramRepository;
import id.klik.shared.audit.AuditTrail;
import id.klik.shared.domain.Messages;
import id.klik.tenancy.application.TenantContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Writes one seeded program (the manifest's {@code seed.programs}), marked demo: its blueprint's
 * sessions from a start some days back, the named teams (or {@code all}) enrolled by invitation,
 * and attendance at the sessions already held: everyone present, except each team's last person at
 * the second session (so the sheet shows both marks).
 */
@ApplicationScoped
public class ProgramDemo {

  @Inject Blueprints blueprints;
  @Inject ProgramRepository repository;
  @Inject TeamDirectory teams;
  @Inject AuditTrail audit;

  /** Answers false when a program of that title exists already. */
  @Transactional
  public boolean seed(ProgramSeeding.Spec spec) {
    if (spec.title() == null || repository.findByTitle(spec.title()).isPresent()) {
      return false;
    }
    Blueprints.Blueprint blueprint = blueprints.get(spec.blueprint());
    Locale locale = Messages.localeOf(TenantContext.require().locale());
    ZoneId zone = TenantContext.require().timeZone().zone();
    int at = blueprint.ref().lastIndexOf('@');
    Program program =
        new Program(
            spec.title(),
            blueprint.ref().substring(0, at),
            blueprint.ref().substring(at + 1),
            blueprint.format());
    program.markDemo();
    ProgramState target = spec.state() == null ? null : ProgramState.parse(spec.state());
    if (target == ProgramState.RUNNING || target == ProgramState.CLOSED) {
      program.moveTo(ProgramState.RUNNING);
    }
    if (target == ProgramState.CLOSED) {
      program.moveTo(ProgramState.CLOSED);
    }
    repository.store(program);
    LocalDate start = LocalDate.now(zone).minusDays(spec.startDaysAgo());
    List<ProgramSession> sessions = new ArrayList<>();
    int position = 0;
    for (ProposedSession s : SessionProposals.from(blueprint.body(), start)) {
      ProgramSession session =
          new ProgramSession(
              program.id(),
              position++,
              s.activityId(),
              s.kind(),
              s.title().in(locale),
              s.start().atZone(zone),
              s.end().atZone(zone));
      if (s.kind() == SessionKind.SESSION) {
        session.change(
            session.title(),
            s.start().atZone(zone),
            s.end().atZone(zone),
            spec.location(),
            null,
            spec.facilitators());
      }
      repository.store(session);
      sessions.add(session);
    }
    List<TeamView> enrolled = enrolled(spec.teams());
    for (TeamView team : enrolled) {
      repository.store(new Enrolment(program.id(), team.id(), Enrolment.Via.INVITATION, "system"));
    }
    OffsetDateTime now = OffsetDateTime.now();
    int held = 0;
    for (ProgramSession session : sessions) {
      if (session.kind() != SessionKind.SESSION || !session.startsAt().isBefore(now)) {
        continue;
      }
      held++;
      for (TeamView team : enrolled) {
        List<TeamView.Member> people = team.members();
        for (int i = 0; i < people.size(); i++) {
          boolean absent = held == 2 && people.size() > 1 && i == people.size() - 1;
          Attendance a = new Attendance(session.id(), team.id(), people.get(i).memberId());
          a.record(!absent, "system");
          repository.store(a);
        }
      }
    }
    repository.flush();
    audit.record("CREATE", "program", program.id(), "demo: " + program.title());
    return true;
  }

  private List<TeamView> enrolled(List<String> names) {
    if (names.contains("all")) {
      return teams.all().stream().map(t -> teams.find(t.id()).orElseThrow()).toList();
    }
    return names.stream().map(teams::findByName).flatMap(java.util.Optional::stream).toList();
  }
}
