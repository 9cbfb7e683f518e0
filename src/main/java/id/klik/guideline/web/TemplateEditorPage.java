package id.klik.guideline.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.klik.guideline.application.TemplateUpdateService;
import id.klik.guideline.domain.AdoptedTemplate;
import id.klik.guideline.domain.TenantTemplate;
import id.klik.guideline.domain.edit.RubricOutline;
import id.klik.guideline.domain.edit.TemplateOutline;
import id.klik.guideline.domain.edit.TextEdit;
import id.klik.identity.application.Permissions;
import id.klik.identity.domain.Permission;
import id.klik.shared.domain.KlikException;
import id.klik.shared.domain.Messages;
import id.klik.shared.domain.NotFoundException;
import id.klik.shared.domain.ValidationException;
import id.klik.shared.web.RequestInfo;
import id.klik.tenancy.application.TenantBound;
import jakarta.annotation.PostConstruct;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * Wires the editor of an adopted template ({@code /t/<slug>/template-edit?id=...}) to {@link
 * TemplateUpdateService}: the form or the YAML text, checked as the person types, saved as the
 * tenant's next revision. Clinic admins and staff edit; others see it read-only.
 */
@Named
@ViewScoped
@TenantBound
public class TemplateEditorPage implements Serializable {

  private static final long serialVersionUID = 1L;
  private static final ObjectMapper JSON = new ObjectMapper();

  /** The roles a clinic step may name, as the clinic schema lists them. */
  private static final List<String> STEP_ROLES =
      List.of(
          "clinic-admin",
          "innovator-team",
          "local-mentor",
          "national-mentor",
          "leadership",
          "partner");

  @Inject TemplateUpdateService updates;
  @Inject Permissions permissions;

  private String templateId;
  private String basedOn;
  private int revision;
  private boolean editable;
  private String unavailable;
  private TemplateEditing editing;

  @PostConstruct
  void open() {
    FacesContext faces = FacesContext.getCurrentInstance();
    templateId = faces.getExternalContext().getRequestParameterMap().get("id");
    editable = permissions.may(Permission.TEMPLATES_WRITE);
    if (templateId == null || templateId.isBlank()) {
      unavailable = text("edit.missingId");
      return;
    }
    try {
      AdoptedTemplate row = updates.row(templateId);
      basedOn = row.basisRef().toString();
      revision = row.revision();
      editing = new TemplateEditing(templateId, JSON.readTree(row.currentJson()));
      editing.check(RequestInfo.locale());
    } catch (NotFoundException e) {
      unavailable = text("edit.notFound", templateId);
    } catch (KlikException e) {
      unavailable = text(e.messageKey(), e.args());
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("stored template " + templateId + " is not JSON", e);
    }
  }

  /** Checks the template as edited now (after each keystroke pause or change). */
  public void check() {
    editing.check(RequestInfo.locale());
  }

  public void showSource() {
    editing.showSource();
    check();
  }

  public void showForm() {
    if (!editing.showForm(RequestInfo.locale())) {
      message(FacesMessage.SEVERITY_ERROR, text("edit.sourceUnreadable"));
      return;
    }
    check();
  }

  /** Saves the edited template as the next revision; nothing is saved while it has problems. */
  public void save() {
    if (!editable) {
      message(FacesMessage.SEVERITY_ERROR, text("error.forbidden"));
      return;
    }
    Optional<JsonNode> edited = editing.check(RequestInfo.locale());
    if (edited.isEmpty()) {
      message(FacesMessage.SEVERITY_ERROR, text("edit.invalid"));
      return;
    }
    try {
      Optional<TenantTemplate> stored = updates.customize(templateId, edited.get(), revision);
      if (stored.isEmpty()) {
        message(FacesMessage.SEVERITY_ERROR, text("edit.changedMeanwhile", templateId));
        return;
      }
      TenantTemplate saved = stored.get();
      revision = saved.revision();
      editing.restart(saved.current().tree());
      check();
      message(FacesMessage.SEVERITY_INFO, text("edit.saved", templateId, revision));
    } catch (ValidationException e) {
      message(FacesMessage.SEVERITY_ERROR, text(e.messageKey(), e.args()));
      e.problems()
          .forEach(
              p ->
                  message(
                      FacesMessage.SEVERITY_ERROR,
                      p.field() + ": " + text(p.messageKey(), p.args().toArray())));
    } catch (KlikException e) {
      message(FacesMessage.SEVERITY_ERROR, text(e.messageKey(), e.args()));
    }
  }

  /** A text of the template in the reader's language. */
  public String label(TextEdit text) {
    return text == null ? "" : text.in(RequestInfo.locale());
  }

  /** "Total: 95 / 100", or what is wrong when the weights do not add up. */
  public String getWeightSummary() {
    RubricOutline rubric = getOutline().getRubric();
    String sum = plain(rubric.getWeightSum());
    String total = plain(rubric.getWeightTotal());
    return rubric.isWeightBalanced()
        ? text("edit.weightTotal", sum, total)
        : text("edit.weightMismatch", sum, total);
  }

  private static String plain(BigDecimal number) {
    return number.stripTrailingZeros().toPlainString();
  }

  public boolean isFound() {
    return editing != null;
  }

  public String getUnavailable() {
    return unavailable;
  }

  public boolean isEditable() {
    return editable;
  }

  public String getTemplateId() {
    return templateId;
  }

  public String getBasedOn() {
    return basedOn;
  }

  public int getRevision() {
    return revision;
  }

  public TemplateOutline getOutline() {
    return editing.outline();
  }

  public boolean isSourceMode() {
    return editing.sourceMode();
  }

  public String getSource() {
    return editing.source();
  }

  public void setSource(String source) {
    editing.source(source);
  }

  public List<EditorProblem> getProblems() {
    return editing.problems();
  }

  /** True when the template as edited has no problems and may be saved. */
  public boolean isValid() {
    return editing != null && editing.problems().isEmpty();
  }

  public List<String> getStepRoles() {
    return STEP_ROLES;
  }

  private static String text(String key, Object... args) {
    return Messages.get(RequestInfo.locale(), key, args);
  }

  private static void message(FacesMessage.Severity severity, String summary) {
    FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(severity, summary, null));
  }
}
