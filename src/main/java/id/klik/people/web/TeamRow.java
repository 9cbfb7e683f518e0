package id.klik.people.web;

import id.klik.people.application.TeamView;
import java.io.Serializable;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

/** A team as the page holds it between requests. */
public record TeamRow(
    UUID id,
    String name,
    UUID workUnitId,
    String workUnitName,
    UUID leaderId,
    String leaderName,
    List<UUID> memberIds,
    String memberNames,
    long version)
    implements Serializable {

  static TeamRow of(TeamView v) {
    return new TeamRow(
        v.id(),
        v.name(),
        v.workUnitId(),
        v.workUnitName(),
        v.leader().memberId(),
        v.leader().name(),
        v.members().stream().map(TeamView.Member::memberId).toList(),
        v.members().stream()
            .filter(m -> !m.leader())
            .map(TeamView.Member::name)
            .collect(Collectors.joining(", ")),
        v.version());
  }

  /** Getters for Faces EL, which does not read record accessors on every version. */
  public UUID getId() {
    return id;
  }

  public String getName() {
    return name;
  }

  public String getWorkUnitName() {
    return workUnitName;
  }

  public String getLeaderName() {
    return leaderName;
  }

  public String getMemberNames() {
    return memberNames;
  }

  public int getSize() {
    return memberIds.size();
  }
}
