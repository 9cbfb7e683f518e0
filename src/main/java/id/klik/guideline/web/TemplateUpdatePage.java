package id.klik.guideline.web;

import id.klik.guideline.application.TemplateLibrary;
import id.klik.guideline.application.TemplateUpdateService;
import id.klik.guideline.domain.PublishedTemplate;
import id.klik.guideline.domain.TemplateUpdate;
import id.klik.guideline.domain.TemplateVersion;
import id.klik.guideline.domain.merge.Resolution;
import id.klik.shared.domain.KlikException;
import id.klik.shared.domain.Messages;
import id.klik.shared.web.RequestInfo;
import id.klik.tenancy.application.TenantContext;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Wires the update dialog of an adopted template to {@link TemplateUpdateService}: the newest
 * upstream version, its changes to choose from, each conflict with its decision, and the merge.
 */
@Named
@ViewScoped
public class TemplateUpdatePage implements Serializable {

  /** A change or a conflict as the dialog lists it. */
  public record Item(String id, String description) implements Serializable {
    public String getId() {
      return id;
    }

    public String getDescription() {
      return description;
    }
  }

  @Inject TemplateLibrary library;
  @Inject TemplateUpdateService updates;

  private String templateId;
  private String version;
  private final List<Item> changes = new ArrayList<>();
  private final List<Item> conflicts = new ArrayList<>();
  private List<String> chosen = new ArrayList<>();
  private final Map<String, String> resolutions = new HashMap<>();

  /** Prepares the dialog for the newest version of the template newer than the adopted one. */
  public void open(String adoptedTemplateId, String basedOn) {
    templateId = adoptedTemplateId;
    changes.clear();
    conflicts.clear();
    resolutions.clear();
    TemplateVersion current = TemplateVersion.of(basedOn.substring(basedOn.indexOf('@') + 1));
    Optional<PublishedTemplate> newest =
        library.visibleTo(TenantContext.require().slug()).stream()
            .filter(p -> p.ref().templateId().equals(adoptedTemplateId))
            .filter(p -> p.template().header().version().isNewerThan(current))
            .max(java.util.Comparator.comparing(p -> p.template().header().version()));
    if (newest.isEmpty()) {
      version = null;
      return;
    }
    version = newest.get().template().header().version().toString();
    Locale locale = RequestInfo.locale();
    TemplateUpdate plan = updates.plan(templateId, version);
    plan.plan()
        .upstreamChanges()
        .forEach(c -> changes.add(new Item(c.id(), c.description(locale))));
    plan.plan()
        .conflicts()
        .forEach(c -> conflicts.add(new Item(c.changeId(), c.description(locale))));
    chosen = new ArrayList<>(changes.stream().map(Item::id).toList());
  }

  public void merge() {
    FacesContext faces = FacesContext.getCurrentInstance();
    Map<String, Resolution> decided = new HashMap<>();
    resolutions.forEach(
        (id, decision) -> {
          if (decision != null && !decision.isBlank()) {
            decided.put(id, Resolution.valueOf(decision));
          }
        });
    try {
      updates.merge(templateId, version, new HashSet<>(chosen), decided);
      faces.addMessage(
          null,
          new FacesMessage(
              FacesMessage.SEVERITY_INFO, text("tpl.merged", templateId, version), null));
      version = null;
    } catch (KlikException e) {
      faces.addMessage(
          null,
          new FacesMessage(FacesMessage.SEVERITY_ERROR, text(e.messageKey(), e.args()), null));
    }
  }

  private static String text(String key, Object... args) {
    return Messages.get(RequestInfo.locale(), key, args);
  }

  public boolean isAvailable() {
    return version != null;
  }

  public String getTemplateId() {
    return templateId;
  }

  public String getVersion() {
    return version;
  }

  public List<Item> getChanges() {
    return changes;
  }

  public List<Item> getConflicts() {
    return conflicts;
  }

  public List<String> getChosen() {
    return chosen;
  }

  public void setChosen(List<String> chosen) {
    this.chosen = chosen;
  }

  public Map<String, String> getResolutions() {
    return resolutions;
  }
}
