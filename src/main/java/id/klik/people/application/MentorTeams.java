package id.klik.people.application;

import jakarta.enterprise.context.ApplicationScoped;
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

  public Optional<TeamInfo> find(UUID id) {
    return Optional.empty();
  }

  public Optional<UUID> idByName(String name) {
    return Optional.empty();
  }

  public List<TeamInfo> all() {
    return List.of();
  }
}
