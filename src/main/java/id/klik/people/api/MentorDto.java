package id.klik.people.api;

import id.klik.people.application.MentorListing;
import java.util.List;

/**
 * A national mentor as a tenant sees them: public profile and this tenant's acceptance.
 *
 * @param scope {@code CLINIC} (the whole clinic), {@code TEAMS} (the teams listed) or null when
 *     this tenant has not accepted them
 */
public record MentorDto(
    String username,
    String name,
    String institution,
    List<String> expertise,
    boolean accepted,
    String scope,
    List<MentorTeamDto> teams) {

  static MentorDto of(MentorListing m) {
    return new MentorDto(
        m.username(),
        m.name(),
        m.institution(),
        m.expertise(),
        m.accepted(),
        m.scope(),
        m.teams().stream().map(MentorTeamDto::of).toList());
  }
}
