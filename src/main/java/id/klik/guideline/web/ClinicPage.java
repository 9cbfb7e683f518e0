package id.klik.guideline.web;

import id.klik.guideline.application.ActiveClinicService;
import id.klik.guideline.application.TemplateAdoptionService;
import id.klik.guideline.domain.AdoptedTemplate;
import id.klik.guideline.domain.ClinicBody;
import id.klik.guideline.domain.ClinicGuide;
import id.klik.guideline.domain.TemplateKind;
import id.klik.guideline.domain.TemplateRef;
import id.klik.identity.application.Permissions;
import id.klik.identity.domain.Permission;
import id.klik.shared.domain.KlikException;
import id.klik.shared.web.Notices;
import id.klik.shared.web.RequestInfo;
import id.klik.tenancy.application.TenantBound;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Wires the clinic page ({@code /t/<slug>/clinic}) to {@link ActiveClinicService}: how this clinic
 * works according to its active clinic template, and the admin's choice of that template.
 */
@Named
@ViewScoped
@TenantBound
public class ClinicPage implements Serializable {

  @Inject transient ActiveClinicService clinic;
  @Inject transient TemplateAdoptionService adoption;
  @Inject transient Permissions permissions;

  private transient Optional<ClinicGuide> guide;
  private String active;

  private Optional<ClinicGuide> guide() {
    if (guide == null) {
      guide = clinic.guide();
    }
    return guide;
  }

  public boolean isConfigured() {
    return guide().isPresent();
  }

  public String getTitle() {
    return guide().map(g -> g.clinic().header().title().in(locale())).orElse("");
  }

  public String getBasedOn() {
    return guide()
        .map(g -> g.clinic().header().basedOnRef().orElse(g.clinic().ref()).toString())
        .orElse("");
  }

  public List<ClinicBody.Phase> getPhases() {
    return guide().map(ClinicGuide::phases).orElse(List.of());
  }

  public List<ClinicBody.Service> getServices() {
    return guide().map(ClinicGuide::services).orElse(List.of());
  }

  /** The templates the clinic template uses, of one kind (FORM, RUBRIC, ...). */
  public List<ClinicGuide.Used> used(String kind) {
    return guide().map(g -> g.used(TemplateKind.valueOf(kind))).orElse(List.of());
  }

  public List<String> getMissing() {
    return guide()
        .map(g -> g.missing().stream().map(TemplateRef::toString).toList())
        .orElse(List.of());
  }

  /** A template text in the page's language; empty for a text not given. */
  public String text(id.klik.shared.domain.LocalizedText text) {
    return text == null ? "" : text.in(locale());
  }

  public String title(ClinicGuide.Used used) {
    return used.template().header().title().in(locale());
  }

  public boolean isAdmin() {
    return permissions.may(Permission.TEMPLATES_ADMINISTER);
  }

  /** The adopted clinic templates an admin can choose from. */
  public List<String> getClinicTemplates() {
    return adoption.adopted().stream()
        .filter(a -> TemplateKind.CLINIC.name().equals(a.kind()))
        .map(AdoptedTemplate::templateId)
        .toList();
  }

  public String getActive() {
    if (active == null) {
      active =
          adoption.adopted().stream()
              .filter(AdoptedTemplate::active)
              .map(AdoptedTemplate::templateId)
              .findFirst()
              .orElse(null);
    }
    return active;
  }

  public void setActive(String active) {
    this.active = active;
  }

  public void activate() {
    try {
      clinic.activate(active);
      guide = null;
      Notices.info("clinic.activated", active);
    } catch (KlikException e) {
      Notices.error(e);
    }
  }

  private static Locale locale() {
    return RequestInfo.locale();
  }
}
