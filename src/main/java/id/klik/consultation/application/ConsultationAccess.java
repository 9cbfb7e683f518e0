package id.klik.consultation.application;

import id.klik.consultation.domain.Consultation;
import id.klik.identity.application.CurrentUser;
import id.klik.identity.application.Permissions;
import id.klik.identity.domain.GrantSubject;
import id.klik.identity.domain.Permission;
import id.klik.people.application.TeamDirectory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.UUID;

/**
 * Who sees and decides a consultation: the clinic (admins and staff) every one; the team's members
 * and the team's mentors their team's; the chosen mentor theirs. Anyone else is told it does not
 * exist. Confirming, moving and writing notes belong to the chosen mentor and the clinic (for a
 * clinic consultation, the clinic alone); cancelling also to the team.
 */
@ApplicationScoped
public class ConsultationAccess {

  @Inject Permissions permissions;
  @Inject CurrentUser currentUser;
  @Inject TeamDirectory teams;

  public boolean clinic() {
    return permissions.may(Permission.CONSULTATIONS_MANAGE);
  }

  public String me() {
    return currentUser.actor();
  }

  public boolean mayRead(Consultation c) {
    return clinic() || isMentorOf(c) || inTeam(c.teamId()) || mentorsTeam(c.teamId());
  }

  public boolean mayDecide(Consultation c) {
    return clinic() || isMentorOf(c);
  }

  public boolean mayCancel(Consultation c) {
    return mayDecide(c) || inTeam(c.teamId());
  }

  /** Whether the caller may ask for a consultation for this team: its members and the clinic. */
  public boolean mayRequestFor(UUID team) {
    return clinic() || inTeam(team);
  }

  boolean isMentorOf(Consultation c) {
    return currentUser.user().isPresent() && c.mentor().map(me()::equals).orElse(false);
  }

  boolean inTeam(UUID team) {
    return currentUser.user().isPresent() && teams.isMember(team, me());
  }

  boolean mentorsTeam(UUID team) {
    return permissions.may(Permission.TEAM_MENTOR, GrantSubject.of("team", team));
  }
}
