package id.klik.innovation.web;

import id.klik.identity.application.CurrentUser;
import id.klik.identity.application.Permissions;
import id.klik.identity.domain.Permission;
import id.klik.innovation.application.InnovationService;
import id.klik.innovation.application.InnovationView;
import id.klik.organization.application.WorkUnitDirectory;
import id.klik.people.application.TeamDirectory;
import id.klik.shared.domain.KlikException;
import id.klik.shared.domain.NotFoundException;
import id.klik.shared.web.Notices;
import id.klik.shared.web.RequestInfo;
import id.klik.tenancy.application.TenantBound;
import jakarta.annotation.PostConstruct;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import java.util.UUID;

/**
 * Wires the profile's form ({@code /t/<slug>/innovation-edit}, {@code ?id=} to change one) to the
 * service. Clinic admins and staff choose any work unit and team; an innovator registers for one of
 * their teams, whose work unit the innovation takes.
 */
@Named
@ViewScoped
@TenantBound
public class InnovationEditPage implements Serializable {

  @Inject InnovationService service;
  @Inject WorkUnitDirectory workUnits;
  @Inject TeamDirectory teams;
  @Inject Permissions permissions;
  @Inject CurrentUser currentUser;

  private InnovationForm form = new InnovationForm();
  private boolean clinicWide;
  private List<SelectItem> unitChoices = List.of();
  private List<SelectItem> teamChoices = List.of();
  private List<SelectItem> affairChoices = List.of();

  @PostConstruct
  void open() {
    String id =
        FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("id");
    if (id != null && !id.isBlank()) {
      try {
        InnovationView view = service.get(UUID.fromString(id));
        if (!view.editable()) {
          InnovationPage.answer(403);
          return;
        }
        form = InnovationForm.of(view);
      } catch (IllegalArgumentException | NotFoundException e) {
        InnovationPage.answer(404);
        return;
      }
    }
    clinicWide = permissions.may(Permission.INNOVATIONS_WRITE);
    unitChoices =
        workUnits.active().stream()
            .map(u -> new SelectItem(u.id().toString(), u.name() + " (" + u.code() + ")"))
            .toList();
    String username = currentUser.user().map(u -> u.username()).orElse("");
    teamChoices =
        clinicWide
            ? teams.all().stream().map(t -> new SelectItem(t.id().toString(), t.name())).toList()
            : teams.teamsOf(username).stream()
                .map(t -> new SelectItem(t.id().toString(), t.name() + " — " + t.workUnitName()))
                .toList();
    if (!clinicWide && form.isNew() && teamChoices.size() == 1) {
      form.setTeamId((String) teamChoices.get(0).getValue());
      teamChosen();
    }
    affairChoices = ProfileChoices.affairs();
  }

  /** A chosen team brings its work unit: an innovation's team works in its work unit. */
  public void teamChosen() {
    if (form.getTeamId() == null || form.getTeamId().isBlank()) {
      return;
    }
    teams
        .find(UUID.fromString(form.getTeamId()))
        .ifPresent(t -> form.setWorkUnitId(t.workUnitId().toString()));
  }

  public void save() throws IOException {
    try {
      teamChosen();
      InnovationView saved =
          form.isNew()
              ? service.create(form.input())
              : service.update(form.getId(), form.input(), form.getVersion());
      ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
      external.getFlash().setKeepMessages(true);
      Notices.info("innovation.edit.saved");
      Object base = external.getRequestMap().get(RequestInfo.TENANT_BASE);
      external.redirect((base == null ? "" : base) + "/innovation?id=" + saved.id());
    } catch (KlikException e) {
      Notices.problems(e);
    }
  }

  public InnovationForm getForm() {
    return form;
  }

  public boolean isClinicWide() {
    return clinicWide;
  }

  public List<SelectItem> getUnitChoices() {
    return unitChoices;
  }

  public List<SelectItem> getTeamChoices() {
    return teamChoices;
  }

  public List<SelectItem> getAffairChoices() {
    return affairChoices;
  }

  public List<SelectItem> getStages() {
    return ProfileChoices.stages();
  }

  public List<SelectItem> getKinds() {
    return ProfileChoices.kinds();
  }

  public List<SelectItem> getForms() {
    return ProfileChoices.forms();
  }

  public List<SelectItem> getInitiators() {
    return ProfileChoices.initiators();
  }

  public List<SelectItem> getStatuses() {
    return ProfileChoices.statuses();
  }
}
