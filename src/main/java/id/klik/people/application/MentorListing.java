package id.klik.people.application;

import id.klik.people.domain.MentorScope;
import id.klik.people.domain.NationalMentor;
import java.util.List;

/**
 * A national mentor as a tenant sees them: the public profile (no e-mail) and whether this tenant
 * accepted them, for what.
 *
 * @param scope {@code CLINIC}, {@code TEAMS}, or null when not accepted
 */
public record MentorListing(
    String username,
    String name,
    String institution,
    List<String> expertise,
    boolean accepted,
    String scope,
    List<MentorTeams.TeamInfo> teams) {

  static MentorListing of(NationalMentor m, MentorScope scope, List<MentorTeams.TeamInfo> teams) {
    return new MentorListing(
        m.username(),
        m.name(),
        m.institution(),
        m.expertise(),
        scope != null,
        scope == null ? null : scope.label(),
        teams);
  }
}
