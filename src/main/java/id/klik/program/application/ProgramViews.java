package id.klik.program.application;

import id.klik.people.application.TeamDirectory;
import id.klik.people.application.TeamView;
import id.klik.program.domain.Attendance;
import id.klik.program.domain.CompletionRule;
import id.klik.program.domain.Enrolment;
import id.klik.program.domain.Program;
import id.klik.program.domain.ProgramSession;
import id.klik.program.domain.ProgramState;
import id.klik.program.domain.SessionKind;
import id.klik.program.infrastructure.ProgramRepository;
import id.klik.tenancy.application.TenantContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** Builds the views of programs; callers hold the transaction. */
@ApplicationScoped
public class ProgramViews {

  @Inject ProgramRepository repository;
  @Inject TeamDirectory teams;

  static ZoneId zone() {
    return TenantContext.require().timeZone().zone();
  }

  public ProgramView of(Program p) {
    List<ProgramSession> sessions = repository.sessions(p.id());
    OffsetDateTime now = OffsetDateTime.now();
    List<ProgramView.Session> sessionViews = sessions.stream().map(s -> session(s, now)).toList();
    List<UUID> counted =
        sessions.stream()
            .filter(s -> s.kind() == SessionKind.SESSION && !s.cancelled())
            .map(ProgramSession::id)
            .toList();
    int ahead =
        (int)
            sessions.stream()
                .filter(s -> counted.contains(s.id()) && !s.startsAt().isBefore(now))
                .count();
    List<Attendance> marks = repository.attendance(counted);
    CompletionRule rule = CompletionRule.forFormat(p.format());
    List<ProgramView.Team> teamViews = new ArrayList<>();
    for (Enrolment e : repository.enrolments(p.id())) {
      Optional<TeamView> team = teams.find(e.teamId());
      List<ProgramView.Person> people = new ArrayList<>();
      team.ifPresent(
          t ->
              t.members()
                  .forEach(
                      m ->
                          people.add(
                              new ProgramView.Person(
                                  m.memberId(),
                                  m.username(),
                                  m.name(),
                                  marks.stream()
                                      .filter(
                                          a -> a.present() && a.membershipId().equals(m.memberId()))
                                      .map(Attendance::sessionId)
                                      .toList()))));
      Set<UUID> attendedSessions = new HashSet<>();
      marks.stream()
          .filter(a -> a.present() && a.teamId().equals(e.teamId()))
          .forEach(a -> attendedSessions.add(a.sessionId()));
      int attended = attendedSessions.size();
      teamViews.add(
          new ProgramView.Team(
              e.teamId(),
              team.map(TeamView::name).orElse("?"),
              e.via().name(),
              people,
              attended,
              rule.required(counted.size()),
              rule.status(counted.size(), attended, ahead)));
    }
    teamViews.sort(Comparator.comparing(ProgramView.Team::name));
    List<ProgramView.MaterialInfo> materials =
        repository.materials(p.id()).stream()
            .map(
                m ->
                    new ProgramView.MaterialInfo(
                        m.id(),
                        m.sessionId(),
                        m.title(),
                        m.filename(),
                        m.contentType(),
                        m.sizeBytes()))
            .toList();
    return new ProgramView(
        p.id(),
        p.title(),
        p.blueprint(),
        p.format(),
        p.state().name(),
        p.state().next().stream().map(ProgramState::name).toList(),
        p.registrationOpens(),
        p.registrationCloses(),
        p.description(),
        p.demo(),
        p.version(),
        sessionViews,
        teamViews,
        materials);
  }

  public ProgramSummary summary(Program p) {
    List<ProgramSession> sessions = repository.sessions(p.id());
    ZoneId zone = zone();
    return new ProgramSummary(
        p.id(),
        p.title(),
        p.blueprint(),
        p.state().name(),
        sessions.isEmpty() ? null : sessions.get(0).startsAt().atZoneSameInstant(zone),
        sessions.isEmpty()
            ? null
            : sessions.get(sessions.size() - 1).endsAt().atZoneSameInstant(zone),
        repository.enrolments(p.id()).size(),
        p.demo());
  }

  static ProgramView.Session session(ProgramSession s, OffsetDateTime now) {
    ZoneId zone = zone();
    return new ProgramView.Session(
        s.id(),
        s.position(),
        s.activityId(),
        s.kind().name(),
        s.title(),
        s.startsAt().atZoneSameInstant(zone),
        s.endsAt().atZoneSameInstant(zone),
        s.location(),
        s.onlineLink(),
        s.facilitators(),
        s.sequence(),
        s.cancelled(),
        s.startsAt().isBefore(now));
  }
}
