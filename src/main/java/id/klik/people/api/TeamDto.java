package id.klik.people.api;

import id.klik.people.application.TeamView;
import java.util.List;
import java.util.UUID;

/** A team as the API shows it, with the names of its work unit and members. */
public record TeamDto(
    UUID id,
    String name,
    UUID workUnitId,
    String workUnitName,
    UUID leaderId,
    List<TeamMemberDto> members,
    long version) {

  /** A member of the team; the leader first. */
  public record TeamMemberDto(UUID memberId, String username, String name, boolean leader) {}

  static TeamDto of(TeamView v) {
    return new TeamDto(
        v.id(),
        v.name(),
        v.workUnitId(),
        v.workUnitName(),
        v.leader().memberId(),
        v.members().stream()
            .map(m -> new TeamMemberDto(m.memberId(), m.username(), m.name(), m.leader()))
            .toList(),
        v.version());
  }
}
