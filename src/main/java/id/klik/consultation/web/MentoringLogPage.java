package id.klik.consultation.web;

import id.klik.consultation.application.ConsultationService;
import id.klik.consultation.application.MentoringLog;
import id.klik.shared.domain.KlikException;
import id.klik.tenancy.application.TenantBound;
import id.klik.tenancy.application.TenantTime;
import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.UUID;

/** Wires a team's mentoring log (from {@code ?team=}, else the caller's first team). */
@Named
@ViewScoped
@TenantBound
public class MentoringLogPage implements Serializable {

  @Inject MentoringLog log;
  @Inject ConsultationService consultations;

  private String team;
  private List<ConsultationsPage.Choice> teams = List.of();
  private List<Entry> entries = List.of();

  /** One consultation in the log. */
  public record Entry(String when, ConsultationsPage.Row row) implements Serializable {}

  @PostConstruct
  void load() {
    teams =
        consultations.requestableTeams().stream()
            .map(t -> new ConsultationsPage.Choice(t.id().toString(), t.name()))
            .toList();
    team =
        FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("team");
    if ((team == null || team.isBlank()) && !teams.isEmpty()) {
      team = teams.get(0).value();
    }
    show();
  }

  public void show() {
    entries = List.of();
    if (team == null || team.isBlank()) {
      return;
    }
    try {
      entries =
          log.of(UUID.fromString(team)).stream()
              .map(
                  e ->
                      new Entry(
                          TenantTime.format(e.at()),
                          ConsultationsPage.row(
                              new ConsultationService.Listed(e.consultation(), false, false))))
              .toList();
    } catch (KlikException | IllegalArgumentException e) {
      entries = List.of();
    }
  }

  public String getTeam() {
    return team;
  }

  public void setTeam(String team) {
    this.team = team;
  }

  public List<ConsultationsPage.Choice> getTeams() {
    return teams;
  }

  public List<Entry> getEntries() {
    return entries;
  }
}
