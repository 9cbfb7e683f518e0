package id.klik.people.domain;

import id.klik.shared.domain.ValidationException;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * What a tenant accepts a national mentor for: the whole clinic (no teams named) or the teams
 * named. Either way the mentor reads the tenant with the role MENTOR; the scope decides which teams
 * they mentor.
 */
public record MentorScope(Set<UUID> teams) {

  /** How many teams one acceptance may name. */
  static final int MAX_TEAMS = 200;

  public MentorScope {
    teams = Set.copyOf(teams);
  }

  public static MentorScope wholeClinic() {
    return new MentorScope(Set.of());
  }

  /** Reads team ids as given by a caller; a malformed id or too many is a 400. */
  public static MentorScope ofTeamIds(Collection<String> ids) {
    if (ids == null || ids.isEmpty()) {
      return wholeClinic();
    }
    if (ids.size() > MAX_TEAMS) {
      throw ValidationException.of("teams", "mentor.teams.tooMany", MAX_TEAMS);
    }
    Set<UUID> teams = new LinkedHashSet<>();
    for (String id : ids) {
      try {
        teams.add(UUID.fromString(String.valueOf(id).strip()));
      } catch (IllegalArgumentException e) {
        throw ValidationException.of("teams", "mentor.team.unknown", String.valueOf(id));
      }
    }
    return new MentorScope(teams);
  }

  public boolean isWholeClinic() {
    return teams.isEmpty();
  }

  /** The scope's name in the API: {@code CLINIC} or {@code TEAMS}. */
  public String label() {
    return isWholeClinic() ? "CLINIC" : "TEAMS";
  }

  public List<UUID> sortedTeams() {
    return teams.stream().sorted().toList();
  }
}
