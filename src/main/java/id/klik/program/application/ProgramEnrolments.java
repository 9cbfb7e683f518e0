package id.klik.program.application;

import id.klik.identity.application.CurrentUser;
import id.klik.identity.application.Permissions;
import id.klik.identity.domain.Permission;
import id.klik.people.application.TeamDirectory;
import id.klik.people.application.TeamView;
import id.klik.program.domain.Attendance;
import id.klik.program.domain.Enrolment;
import id.klik.program.domain.Program;
import id.klik.program.domain.ProgramSession;
import id.klik.program.domain.SessionKind;
import id.klik.program.infrastructure.ProgramRepository;
import id.klik.shared.audit.AuditTrail;
import id.klik.shared.domain.AccessDeniedException;
import id.klik.shared.domain.ConflictException;
import id.klik.shared.domain.FieldProblem;
import id.klik.shared.domain.NotFoundException;
import id.klik.shared.domain.ValidationException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Teams in a program and their people's attendance. The clinic (programs write) invites a team
 * while the program is not closed; a member of a team registers it while registration is open and
 * the day is inside the registration window. Attendance is recorded by the clinic while the program
 * runs, for people of enrolled teams at sessions that have begun.
 */
@ApplicationScoped
public class ProgramEnrolments {

  @Inject ProgramService programs;
  @Inject ProgramRepository repository;
  @Inject ProgramViews views;
  @Inject Permissions permissions;
  @Inject CurrentUser currentUser;
  @Inject TeamDirectory teams;
  @Inject AuditTrail audit;

  /** One person's mark at one session. */
  public record Mark(UUID membershipId, boolean present) {}

  @Transactional
  public ProgramView enrol(UUID programId, UUID teamId) {
    Program program = programs.find(programId);
    if (teamId == null) {
      throw ValidationException.of("teamId", "program.enrolment.team.required");
    }
    TeamView team =
        teams
            .find(teamId)
            .orElseThrow(() -> ValidationException.of("teamId", "program.enrolment.team.unknown"));
    if (repository.enrolment(programId, teamId).isPresent()) {
      return views.of(program);
    }
    Enrolment.Via via;
    if (permissions.may(Permission.PROGRAMS_WRITE)) {
      if (!program.state().allowsInvitation()) {
        throw new ConflictException("program.closed");
      }
      via = Enrolment.Via.INVITATION;
    } else {
      String me = currentUser.actor();
      if (!teams.isMember(teamId, me)) {
        throw new AccessDeniedException("program.enrolment.notYourTeam");
      }
      LocalDate today = LocalDate.now(ProgramViews.zone());
      if (!program.registrationOpenOn(today)) {
        throw new ConflictException("program.registration.closed");
      }
      via = Enrolment.Via.REGISTRATION;
    }
    repository.store(new Enrolment(programId, teamId, via, currentUser.actor()));
    repository.flush();
    audit.record("ENROL", "program", programId, team.name() + " (" + via + ")");
    return views.of(program);
  }

  /** Records the marks of one session; people not named keep what they had. */
  @Transactional
  public ProgramView attendance(UUID programId, UUID sessionId, List<Mark> marks) {
    permissions.require(Permission.PROGRAMS_WRITE);
    Program program = programs.find(programId);
    ProgramSession session =
        repository
            .session(programId, sessionId)
            .orElseThrow(() -> new NotFoundException("program-session", sessionId));
    if (!program.state().allowsAttendance()) {
      throw new ConflictException("program.attendance.notRunning");
    }
    if (session.kind() != SessionKind.SESSION || session.cancelled()) {
      throw new ConflictException("program.attendance.noSession");
    }
    if (session.startsAt().isAfter(OffsetDateTime.now().plusHours(12))) {
      throw new ConflictException("program.attendance.future");
    }
    Map<UUID, UUID> teamOf = new HashMap<>();
    for (Enrolment e : repository.enrolments(programId)) {
      teams
          .find(e.teamId())
          .ifPresent(t -> t.members().forEach(m -> teamOf.putIfAbsent(m.memberId(), t.id())));
    }
    List<FieldProblem> problems = new ArrayList<>();
    for (int i = 0; i < marks.size(); i++) {
      Mark mark = marks.get(i);
      if (mark == null || mark.membershipId() == null || !teamOf.containsKey(mark.membershipId())) {
        problems.add(FieldProblem.of("marks[" + i + "]", "program.attendance.notEnrolled"));
      }
    }
    if (!problems.isEmpty()) {
      throw new ValidationException(problems);
    }
    String by = currentUser.actor();
    for (Mark mark : marks) {
      Attendance a =
          repository
              .attendance(sessionId, mark.membershipId())
              .orElseGet(
                  () -> {
                    Attendance fresh =
                        new Attendance(
                            sessionId, teamOf.get(mark.membershipId()), mark.membershipId());
                    repository.store(fresh);
                    return fresh;
                  });
      a.record(mark.present(), by);
    }
    repository.flush();
    audit.record(
        "ATTENDANCE", "program-session", sessionId, marks.size() + " marks, " + session.title());
    return views.of(program);
  }
}
