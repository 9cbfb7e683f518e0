package id.klik.people.api;

import id.klik.people.application.MentorTeams;
import java.util.UUID;

/** A team a mentor is accepted for, with its work unit. */
public record MentorTeamDto(UUID id, String name, UUID workUnitId, String workUnitName) {

  static MentorTeamDto of(MentorTeams.TeamInfo t) {
    return new MentorTeamDto(t.id(), t.name(), t.workUnitId(), t.workUnitName());
  }
}
