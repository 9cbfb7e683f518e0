package id.klik.people.application;

import id.klik.identity.application.PermissionGrants;
import id.klik.identity.domain.GrantSubject;
import id.klik.identity.domain.Permission;
import id.klik.people.infrastructure.MentorAcceptanceRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.UUID;

/**
 * An accepted national mentor's permissions on teams: mentoring ({@code TEAM_MENTOR}) and reading
 * every team of a clinic that accepted them as a whole, or the teams it named.
 */
@ApplicationScoped
public class MentorTeamGrants implements PermissionGrants {

  public static final String TEAM = "team";

  @Inject MentorAcceptanceRepository acceptances;

  @Override
  @Transactional
  public boolean grants(String username, Permission permission, GrantSubject subject) {
    if (!TEAM.equals(subject.kind())) {
      return false;
    }
    UUID team;
    try {
      team = UUID.fromString(subject.id());
    } catch (IllegalArgumentException notATeamId) {
      return false;
    }
    return acceptances.find(username).map(a -> a.grants(permission, team)).orElse(false);
  }
}
