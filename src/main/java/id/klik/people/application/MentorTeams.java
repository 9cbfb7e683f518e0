package id.klik.people.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The current tenant's teams as mentor acceptances need them: whether an id names a team, a team by
 * name (for the manifest), and a team's name and work unit for the mentor's home.
 */
@ApplicationScoped
public class MentorTeams {

  /** A team as a mentor sees it in lists. */
  public record TeamInfo(UUID id, String name, UUID workUnitId, String workUnitName) {}

  @Inject TeamDirectory directory;

  public Optional<TeamInfo> find(UUID id) {
    return directory.find(id).map(MentorTeams::info);
  }

  /** The team with this name (without case); the manifest names teams by name. */
  public Optional<UUID> idByName(String name) {
    return directory.findByName(name).map(TeamView::id);
  }

  /** Every team of the tenant with its work unit, by name. */
  public List<TeamInfo> all() {
    return directory.all().stream().map(t -> find(t.id())).flatMap(Optional::stream).toList();
  }

  private static TeamInfo info(TeamView t) {
    return new TeamInfo(t.id(), t.name(), t.workUnitId(), t.workUnitName());
  }
}
