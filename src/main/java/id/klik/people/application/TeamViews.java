package id.klik.people.application;

import id.klik.identity.application.MemberDirectory;
import id.klik.organization.application.WorkUnitDirectory;
import id.klik.people.domain.Team;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Turns teams into {@link TeamView}s with the names of their work units and members, looked up once
 * per list rather than once per team. Runs inside the caller's transaction.
 */
@ApplicationScoped
public class TeamViews {

  @Inject WorkUnitDirectory workUnits;
  @Inject MemberDirectory members;

  public TeamView of(Team team) {
    return of(List.of(team)).get(0);
  }

  public List<TeamView> of(List<Team> teams) {
    Set<UUID> unitIds = new HashSet<>();
    Set<UUID> memberIds = new HashSet<>();
    teams.forEach(
        t -> {
          unitIds.add(t.workUnitId());
          memberIds.addAll(t.memberIds());
        });
    Map<UUID, WorkUnitDirectory.Unit> units = workUnits.byIds(unitIds);
    Map<UUID, MemberDirectory.Member> people = members.byIds(memberIds);
    return teams.stream().map(t -> view(t, units, people)).toList();
  }

  private static TeamView view(
      Team t, Map<UUID, WorkUnitDirectory.Unit> units, Map<UUID, MemberDirectory.Member> people) {
    WorkUnitDirectory.Unit unit = units.get(t.workUnitId());
    List<TeamView.Member> list =
        t.memberIds().stream()
            .map(
                id -> {
                  MemberDirectory.Member m = people.get(id);
                  return new TeamView.Member(
                      id,
                      m == null ? null : m.username(),
                      m == null ? id.toString() : m.name(),
                      id.equals(t.leaderId()));
                })
            .sorted(
                Comparator.comparing((TeamView.Member m) -> !m.leader())
                    .thenComparing(TeamView.Member::name, String.CASE_INSENSITIVE_ORDER))
            .toList();
    return new TeamView(
        t.id(), t.name(), t.workUnitId(), unit == null ? null : unit.name(), list, t.version());
  }
}
