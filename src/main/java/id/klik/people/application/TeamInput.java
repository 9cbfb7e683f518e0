package id.klik.people.application;

import java.util.List;
import java.util.UUID;

/**
 * What a person fills in for a team.
 *
 * @param members the memberships in the team; exactly one with {@code leader} true
 */
public record TeamInput(String name, UUID workUnitId, List<Seat> members) {

  /** One member as asked for; a missing {@code leader} means no. */
  public record Seat(UUID memberId, Boolean leader) {}
}
