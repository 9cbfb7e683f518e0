package id.klik.innovation.application;

import id.klik.innovation.domain.Innovation;
import id.klik.organization.application.WorkUnitDirectory;
import id.klik.people.application.TeamDirectory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Turns innovations into {@link InnovationView}s with the names of their work units and teams,
 * looked up once per list. Runs inside the caller's transaction.
 */
@ApplicationScoped
public class InnovationViews {

  @Inject WorkUnitDirectory workUnits;
  @Inject TeamDirectory teams;
  @Inject InnovationAccess access;

  public InnovationView of(Innovation innovation) {
    return of(List.of(innovation)).get(0);
  }

  public List<InnovationView> of(List<Innovation> innovations) {
    Set<UUID> unitIds = new HashSet<>();
    innovations.forEach(i -> unitIds.add(i.workUnitId()));
    Map<UUID, WorkUnitDirectory.Unit> units = workUnits.byIds(unitIds);
    Map<UUID, String> teamNames =
        innovations.stream().anyMatch(i -> i.teamId() != null)
            ? teams.all().stream()
                .collect(Collectors.toMap(TeamDirectory.TeamRef::id, TeamDirectory.TeamRef::name))
            : Map.of();
    Map<UUID, Boolean> editableByTeam = new java.util.HashMap<>();
    Function<UUID, Boolean> editable =
        team ->
            editableByTeam.computeIfAbsent(
                team == null ? NO_TEAM : team, t -> access.mayWriteFor(team));
    return innovations.stream()
        .map(
            i -> {
              WorkUnitDirectory.Unit unit = units.get(i.workUnitId());
              return new InnovationView(
                  i.id(),
                  i.profile(),
                  unit == null ? null : unit.name(),
                  i.teamId() == null ? null : teamNames.get(i.teamId()),
                  i.narrativeWords(),
                  editable.apply(i.teamId()),
                  i.version(),
                  i.createdAt(),
                  i.createdBy(),
                  i.updatedAt(),
                  i.updatedBy());
            })
        .toList();
  }

  private static final UUID NO_TEAM = new UUID(0, 0);
}
