package id.klik.people.web;

import id.klik.identity.application.Permissions;
import id.klik.identity.domain.Permission;
import id.klik.people.application.MentorAcceptanceService;
import id.klik.people.application.MentorListing;
import id.klik.people.application.MentorTeams;
import id.klik.people.domain.MentorScope;
import id.klik.shared.domain.KlikException;
import id.klik.shared.domain.ValidationException;
import id.klik.shared.web.Notices;
import id.klik.tenancy.application.TenantBound;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Wires {@code /t/<slug>/mentors} to the acceptance service: the national mentors with this
 * clinic's acceptance; clinic admins accept one for the whole clinic or chosen teams, and revoke.
 */
@Named
@ViewScoped
@TenantBound
public class MentorsPage implements Serializable {

  static final String CLINIC = "CLINIC";

  @Inject MentorAcceptanceService service;
  @Inject MentorTeams teams;
  @Inject Permissions permissions;

  private transient List<MentorListing> mentors;
  private transient List<MentorTeams.TeamInfo> allTeams;
  private String chosen;
  private String scope = CLINIC;
  private List<String> chosenTeams = new ArrayList<>();

  public List<MentorListing> getMentors() {
    if (mentors == null) {
      mentors = service.list();
    }
    return mentors;
  }

  public List<MentorTeams.TeamInfo> getTeams() {
    if (allTeams == null) {
      allTeams = teams.all();
    }
    return allTeams;
  }

  public boolean isAdministrator() {
    return permissions.may(Permission.MENTORS_ADMINISTER);
  }

  /** What the mentor is accepted for, as a line: the whole clinic, the teams, or not accepted. */
  public String acceptance(MentorListing m) {
    if (!m.accepted()) {
      return Notices.text("mentor.notAccepted");
    }
    if (CLINIC.equals(m.scope())) {
      return Notices.text("mentor.scope.CLINIC");
    }
    return Notices.text(
        "mentor.scope.TEAMS",
        m.teams().stream()
            .map(t -> t.name() == null ? t.id().toString() : t.name())
            .collect(Collectors.joining(", ")));
  }

  public String join(List<String> items) {
    return String.join(", ", items);
  }

  public void accept() {
    try {
      if (chosen == null || chosen.isBlank()) {
        Notices.error(ValidationException.of("mentor", "mentor.choose"));
        return;
      }
      MentorScope s =
          CLINIC.equals(scope) ? MentorScope.wholeClinic() : MentorScope.ofTeamIds(chosenTeams);
      if (!CLINIC.equals(scope) && s.isWholeClinic()) {
        Notices.error(ValidationException.of("teams", "mentor.chooseTeams"));
        return;
      }
      MentorListing m = service.accept(chosen, s);
      Notices.info("mentor.accepted", m.name());
      mentors = null;
    } catch (KlikException e) {
      Notices.error(e);
    }
  }

  public void revoke(MentorListing m) {
    try {
      service.revoke(m.username());
      Notices.info("mentor.revoked", m.name());
      mentors = null;
    } catch (KlikException e) {
      Notices.error(e);
    }
  }

  public String getChosen() {
    return chosen;
  }

  public void setChosen(String chosen) {
    this.chosen = chosen;
  }

  public String getScope() {
    return scope;
  }

  public void setScope(String scope) {
    this.scope = scope;
  }

  public List<String> getChosenTeams() {
    return chosenTeams;
  }

  public void setChosenTeams(List<String> chosenTeams) {
    this.chosenTeams = chosenTeams == null ? new ArrayList<>() : chosenTeams;
  }
}
