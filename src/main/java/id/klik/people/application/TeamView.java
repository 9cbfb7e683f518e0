package id.klik.people.application;

import java.util.List;
import java.util.UUID;

/**
 * A team with the names that make it readable: its work unit's and its members'. The leader comes
 * first among the members, the others by name.
 */
public record TeamView(
    UUID id,
    String name,
    UUID workUnitId,
    String workUnitName,
    List<Member> members,
    long version) {

  /** A member of the team. */
  public record Member(UUID memberId, String username, String name, boolean leader) {}

  public Member leader() {
    return members.stream().filter(Member::leader).findFirst().orElseThrow();
  }
}
