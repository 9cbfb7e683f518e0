package id.klik.guideline.web;

import id.klik.guideline.application.TemplateAdoptionService;
import id.klik.guideline.application.TemplateLibrary;
import id.klik.guideline.domain.PublishedTemplate;
import id.klik.guideline.domain.TemplateHeader;
import id.klik.guideline.domain.TemplateRef;
import id.klik.guideline.domain.merge.TemplateDiff;
import id.klik.guideline.infrastructure.JdbcLineageStore;
import id.klik.identity.application.Permissions;
import id.klik.identity.domain.Permission;
import id.klik.shared.domain.KlikException;
import id.klik.shared.domain.Messages;
import id.klik.shared.web.RequestInfo;
import id.klik.tenancy.application.TenantBound;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Wires the template catalog page (list, preview) to {@link TemplateLibrary}. */
@Named
@ViewScoped
@TenantBound
public class TemplatesPage implements Serializable {

  /** One catalog row as the page shows it. */
  public record Row(
      String ref, String kind, String title, String summary, String publisher, String source)
      implements Serializable {
    public String getRef() {
      return ref;
    }

    public String getKind() {
      return kind;
    }

    public String getTitle() {
      return title;
    }

    public String getSummary() {
      return summary;
    }

    public String getPublisher() {
      return publisher;
    }

    public String getSource() {
      return source;
    }
  }

  @Inject TemplateLibrary library;
  @Inject TemplateAdoptionService adoption;
  @Inject Permissions permissions;

  /** An adopted template as the page shows it. */
  public record AdoptedRow(
      String templateId, String basedOn, String provenance, int revision, boolean active)
      implements Serializable {
    public boolean isActive() {
      return active;
    }

    public String getTemplateId() {
      return templateId;
    }

    public String getBasedOn() {
      return basedOn;
    }

    public String getProvenance() {
      return provenance;
    }

    public int getRevision() {
      return revision;
    }
  }

  private List<AdoptedRow> adopted;
  private List<JdbcLineageStore.Adoption> lineage;

  private List<Row> rows;
  private Row selected;
  private String selectedText;
  private List<String> selectedChanges = List.of();
  private String previousVersion;

  public List<Row> getRows() {
    if (rows == null) {
      Locale locale = RequestInfo.locale();
      rows =
          library.visible().stream()
              .sorted(
                  Comparator.comparing((PublishedTemplate p) -> p.template().kind().name())
                      .thenComparing(p -> p.ref().toString()))
              .map(p -> row(p, locale))
              .toList();
    }
    return rows;
  }

  private static Row row(PublishedTemplate p, Locale locale) {
    TemplateHeader h = p.template().header();
    return new Row(
        p.ref().toString(),
        h.kind().name(),
        h.title().in(locale),
        h.summary() == null ? "" : h.summary().in(locale),
        publisher(p, locale),
        h.source() == null ? "" : h.source().in(locale));
  }

  /**
   * The name the template gives its publisher, with the slug of the tenant that really published
   * it, so that a name cannot pass for another region's.
   */
  private static String publisher(PublishedTemplate p, Locale locale) {
    TemplateHeader h = p.template().header();
    String name = h.publisher().name() == null ? null : h.publisher().name().in(locale);
    if (p.publisherTenant() == null) {
      return name == null ? "KLIK" : name;
    }
    return name == null ? p.publisherTenant() : name + " · " + p.publisherTenant();
  }

  public List<AdoptedRow> getAdopted() {
    if (adopted == null) {
      adopted =
          adoption.adopted().stream()
              .map(
                  a ->
                      new AdoptedRow(
                          a.templateId(),
                          a.basisRef().toString(),
                          adoption.provenance(a, RequestInfo.locale()),
                          a.revision(),
                          a.active()))
              .toList();
    }
    return adopted;
  }

  /** Who adopted what from whom, where this tenant is the adopter or the publisher. */
  public List<JdbcLineageStore.Adoption> getLineage() {
    if (lineage == null) {
      lineage = adoption.lineage();
    }
    return lineage;
  }

  /** When an adoption happened, in the tenant's time zone. */
  public String when(JdbcLineageStore.Adoption a) {
    return id.klik.tenancy.application.TenantTime.format(a.at());
  }

  public boolean isAdmin() {
    return permissions.may(Permission.TEMPLATES_ADMINISTER);
  }

  public void adopt(Row row) {
    FacesContext faces = FacesContext.getCurrentInstance();
    try {
      adoption.adopt(TemplateRef.parse(row.ref()));
      faces.addMessage(
          null,
          new FacesMessage(
              FacesMessage.SEVERITY_INFO,
              Messages.get(RequestInfo.locale(), "tpl.adopted", row.title()),
              null));
      adopted = null;
      lineage = null;
    } catch (KlikException e) {
      faces.addMessage(
          null,
          new FacesMessage(
              FacesMessage.SEVERITY_ERROR,
              Messages.get(RequestInfo.locale(), e.messageKey(), e.args()),
              null));
    }
  }

  public void preview(Row row) {
    selected = row;
    TemplateRef ref = TemplateRef.parse(row.ref());
    selectedText = library.text(ref).orElse("");
    Locale locale = RequestInfo.locale();
    Optional<PublishedTemplate> newer = library.find(ref);
    Optional<PublishedTemplate> older = newer.flatMap(n -> library.previous(ref));
    selectedChanges =
        older
            .map(
                o ->
                    TemplateDiff.between(o.template().tree(), newer.get().template().tree())
                        .stream()
                        .map(c -> c.description(locale))
                        .toList())
            .orElse(List.of());
    previousVersion = older.map(p -> p.ref().toString()).orElse(null);
  }

  /** What the previewed version changed since the previous one, readable. */
  public List<String> getSelectedChanges() {
    return selectedChanges;
  }

  public String getPreviousVersion() {
    return previousVersion;
  }

  public Row getSelected() {
    return selected;
  }

  public String getSelectedText() {
    return selectedText;
  }
}
