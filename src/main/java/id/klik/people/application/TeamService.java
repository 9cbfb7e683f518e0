package id.klik.people.application;

import id.klik.identity.application.MemberDirectory;
import id.klik.identity.application.Permissions;
import id.klik.identity.domain.Permission;
import id.klik.organization.application.WorkUnitDirectory;
import id.klik.people.domain.Team;
import id.klik.people.domain.TeamRules;
import id.klik.people.domain.TeamSeat;
import id.klik.people.infrastructure.TeamRepository;
import id.klik.shared.audit.AuditTrail;
import id.klik.shared.domain.ConflictException;
import id.klik.shared.domain.FieldProblem;
import id.klik.shared.domain.NotFoundException;
import id.klik.shared.domain.Page;
import id.klik.shared.domain.ValidationException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Maintains the current tenant's innovator teams. Every member reads; writing needs {@link
 * Permission#TEAMS_WRITE}. A team's work unit must exist and be active, its members must be active
 * members of the tenant; every write is audited in the same transaction, and a refused write leaves
 * nothing behind.
 */
@ApplicationScoped
public class TeamService {

  static final String ENTITY = "team";

  @Inject TeamRepository teams;
  @Inject WorkUnitDirectory workUnits;
  @Inject MemberDirectory members;
  @Inject AuditTrail audit;
  @Inject Permissions permissions;
  @Inject TeamViews views;

  @Transactional
  public Page<TeamView> search(TeamRepository.Filter filter, int page, int size) {
    Page<Team> found = teams.search(filter, Math.max(0, page), Page.size(size));
    return new Page<>(views.of(found.items()), found.page(), found.size(), found.total());
  }

  @Transactional
  public TeamView get(UUID id) {
    return views.of(find(id));
  }

  @Transactional
  public TeamView create(TeamInput input) {
    requireWriter();
    List<TeamSeat> seats = checked(input);
    requireNameFree(input, null);
    Team team = new Team(input.name(), input.workUnitId(), seats);
    teams.store(team);
    teams.flush();
    audit.record("CREATE", ENTITY, team.id(), describe(team));
    return views.of(team);
  }

  /**
   * Changes name, work unit and members together.
   *
   * @param expectedVersion the version the caller last saw, or null to not check
   */
  @Transactional
  public TeamView update(UUID id, TeamInput input, Long expectedVersion) {
    requireWriter();
    Team team = find(id);
    if (expectedVersion != null && expectedVersion != team.version()) {
      throw new ConflictException("error.concurrentEdit");
    }
    List<TeamSeat> seats = checked(input);
    requireNameFree(input, id);
    team.change(input.name(), input.workUnitId(), seats);
    teams.flush();
    audit.record("UPDATE", ENTITY, team.id(), describe(team));
    return views.of(team);
  }

  /**
   * The onboarding's seed: creates the team unless its work unit has one of that name, with the
   * same rules and without a person behind it. Fails, naming what is missing, when the work unit or
   * a person is not (yet) in the tenant.
   *
   * @param workUnitCode the work unit's code
   * @param memberUsernames login names of the other members; the leader may be among them
   */
  @Transactional
  public void seedIfMissing(
      String name, String workUnitCode, String leaderUsername, List<String> memberUsernames) {
    WorkUnitDirectory.Unit unit =
        workUnits
            .findByCode(workUnitCode)
            .orElseThrow(
                () ->
                    new IllegalStateException(
                        "team " + name + ": no work unit with code " + workUnitCode));
    if (teams.findByName(unit.id(), name).isPresent()) {
      return;
    }
    List<String> usernames = new ArrayList<>(List.of(leaderUsername));
    memberUsernames.stream().filter(u -> !u.equals(leaderUsername)).forEach(usernames::add);
    Map<String, MemberDirectory.Member> known = members.byUsernames(usernames);
    List<String> missing = new ArrayList<>();
    List<TeamInput.Seat> seats = new ArrayList<>();
    for (String username : usernames) {
      MemberDirectory.Member m = known.get(username);
      if (m == null) {
        missing.add(username);
      } else {
        seats.add(new TeamInput.Seat(m.id(), username.equals(leaderUsername)));
      }
    }
    if (!missing.isEmpty()) {
      throw new IllegalStateException("team " + name + ": not members of this tenant: " + missing);
    }
    TeamInput input = new TeamInput(name, unit.id(), seats);
    List<TeamSeat> checkedSeats;
    try {
      checkedSeats = checked(input);
    } catch (ValidationException e) {
      throw new IllegalStateException(
          "team " + name + ": " + e.problems().stream().map(FieldProblem::messageKey).toList(), e);
    }
    Team team = new Team(input.name(), unit.id(), checkedSeats);
    teams.store(team);
    teams.flush();
    audit.record("SEED", ENTITY, team.id(), describe(team));
  }

  private Team find(UUID id) {
    return teams.find(id).orElseThrow(() -> new NotFoundException("team", id));
  }

  /** Every rule checked before anything is written; all problems reported together. */
  private List<TeamSeat> checked(TeamInput input) {
    if (input == null) {
      throw ValidationException.of("body", "error.bodyRequired");
    }
    List<TeamSeat> seats = seats(input);
    List<FieldProblem> problems =
        new ArrayList<>(TeamRules.check(input.name(), input.workUnitId(), seats));
    if (input.workUnitId() != null) {
      workUnits
          .find(input.workUnitId())
          .ifPresentOrElse(
              unit -> {
                if (!unit.active()) {
                  problems.add(
                      FieldProblem.of("workUnitId", "team.workUnit.inactive", unit.name()));
                }
              },
              () ->
                  problems.add(
                      FieldProblem.of("workUnitId", "team.workUnit.unknown", input.workUnitId())));
    }
    List<UUID> ids = seats.stream().map(TeamSeat::memberId).filter(i -> i != null).toList();
    Map<UUID, MemberDirectory.Member> known = members.byIds(ids);
    for (UUID memberId : ids.stream().distinct().toList()) {
      MemberDirectory.Member member = known.get(memberId);
      if (member == null) {
        problems.add(FieldProblem.of("members", "team.member.unknown", memberId));
      } else if (!member.active()) {
        problems.add(FieldProblem.of("members", "team.member.inactive", member.name()));
      }
    }
    if (!problems.isEmpty()) {
      throw new ValidationException(problems);
    }
    return seats;
  }

  private static List<TeamSeat> seats(TeamInput input) {
    if (input.members() == null) {
      return List.of();
    }
    return input.members().stream()
        .map(
            s ->
                s == null
                    ? new TeamSeat(null, false)
                    : new TeamSeat(s.memberId(), Boolean.TRUE.equals(s.leader())))
        .toList();
  }

  private void requireNameFree(TeamInput input, UUID self) {
    teams
        .findByName(input.workUnitId(), input.name())
        .filter(other -> !other.id().equals(self))
        .ifPresent(
            other -> {
              throw new ConflictException("team.name.taken", input.name().trim());
            });
  }

  private static String describe(Team team) {
    return team.name()
        + " workUnit="
        + team.workUnitId()
        + " leader="
        + team.leaderId()
        + " members="
        + team.memberIds().size();
  }

  private void requireWriter() {
    permissions.require(Permission.TEAMS_WRITE);
  }
}
