package id.klik.guideline.web;

import id.klik.guideline.application.TemplateLibrary;
import id.klik.guideline.application.TemplatePublishingService;
import id.klik.guideline.application.TemplatePublishingService.CheckedDraft;
import id.klik.guideline.domain.PublishedTemplate;
import id.klik.guideline.domain.TemplateRef;
import id.klik.identity.application.Permissions;
import id.klik.identity.domain.Permission;
import id.klik.shared.domain.KlikException;
import id.klik.shared.web.Notices;
import id.klik.shared.web.RequestInfo;
import id.klik.tenancy.application.TenantBound;
import id.klik.tenancy.application.TenantContext;
import id.klik.tenancy.application.TenantTime;
import id.klik.tenancy.domain.TenantRef;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.UUID;

/**
 * Wires the publishing page ({@code /t/<slug>/template-publish}) to {@link
 * TemplatePublishingService}: the drafts, a YAML editor checked as you type, publishing to every
 * tenant or to chosen tenants, and what this tenant published.
 */
@Named
@ViewScoped
@TenantBound
public class PublishingPage implements Serializable {

  @Inject transient TemplatePublishingService publishing;
  @Inject transient TemplateLibrary library;
  @Inject transient Permissions permissions;

  private List<DraftRow> drafts;
  private UUID editing;
  private Long editingVersion;
  private String source = "";
  private List<String> problems = List.of();
  private String startFrom;
  private boolean toChosen;
  private List<String> chosen = new ArrayList<>();

  public List<DraftRow> getDrafts() {
    if (drafts == null) {
      drafts = publishing.drafts().stream().map(DraftRow::of).toList();
    }
    return drafts;
  }

  /** Opens an empty draft in the editor. */
  public void newDraft() {
    editing = null;
    editingVersion = null;
    source = "";
    problems = List.of();
  }

  /** A new draft from a published template: its next version if ours, else our own copy. */
  public void start() {
    try {
      open(publishing.startFrom(TemplateRef.parse(startFrom)));
      drafts = null;
    } catch (KlikException e) {
      Notices.error(e);
    } catch (IllegalArgumentException e) {
      Notices.error(new id.klik.shared.domain.NotFoundException("template", startFrom));
    }
  }

  public void edit(DraftRow row) {
    open(publishing.draft(row.id()));
  }

  private void open(CheckedDraft d) {
    editing = d.draft().id();
    editingVersion = d.draft().version();
    source = d.draft().yaml();
    problems = describe(d);
    toChosen = false;
    chosen = new ArrayList<>();
  }

  /** Checks the text in the editor as it is typed; nothing is kept. */
  public void check() {
    problems =
        source == null || source.isBlank()
            ? List.of()
            : library.validate("draft.yaml", source).problems().stream()
                .map(p -> line(p.line(), p.field(), p.message(RequestInfo.locale())))
                .toList();
  }

  /** Keeps the draft, even with problems: they are listed to be fixed later. */
  public void save() {
    store();
  }

  private boolean store() {
    try {
      CheckedDraft d =
          editing == null
              ? publishing.create(source)
              : publishing.update(editing, source, editingVersion);
      editing = d.draft().id();
      // the version counted by this save, read back after its commit
      editingVersion = publishing.draft(editing).draft().version();
      problems = describe(d);
      drafts = null;
      Notices.info(problems.isEmpty() ? "pub.saved" : "pub.savedWithProblems", problems.size());
      return true;
    } catch (KlikException e) {
      Notices.error(e);
      return false;
    }
  }

  /** Saves, then publishes to every region or to the chosen ones (at least one). */
  public void publish() {
    if (!store()) {
      return;
    }
    try {
      PublishedTemplate p =
          publishing.publish(
              editing, toChosen ? new HashSet<>(chosen == null ? List.of() : chosen) : null);
      Notices.info("pub.done", p.ref().toString());
      editing = null;
      editingVersion = null;
      source = "";
      problems = List.of();
      drafts = null;
      toChosen = false;
      chosen = new ArrayList<>();
    } catch (KlikException e) {
      Notices.error(e);
    }
  }

  public void delete(DraftRow row) {
    try {
      publishing.delete(row.id());
      if (row.id().equals(editing)) {
        newDraft();
      }
      drafts = null;
    } catch (KlikException e) {
      Notices.error(e);
    }
  }

  /** The published templates a draft can start from: ours first, then every one we may see. */
  public List<String> getStartable() {
    String tenant = TenantContext.require().slug();
    return library.visible().stream()
        .sorted(
            java.util.Comparator.comparing(
                    (PublishedTemplate p) -> !tenant.equals(p.publisherTenant()))
                .thenComparing(p -> p.ref().toString()))
        .map(p -> p.ref().toString())
        .toList();
  }

  public List<PublishedRow> getPublished() {
    return publishing.publishedByThisTenant().stream()
        .map(
            p ->
                new PublishedRow(
                    p.ref().toString(),
                    p.template().header().title().in(RequestInfo.locale()),
                    p.visibility().everyTenant()
                        ? Notices.text("pub.toAll")
                        : String.join(", ", new java.util.TreeSet<>(p.visibility().tenants()))))
        .toList();
  }

  public List<TenantRef> getAudiences() {
    return publishing.audiences();
  }

  public boolean isAdmin() {
    return permissions.may(Permission.TEMPLATES_ADMINISTER);
  }

  public boolean isEditing() {
    return editing != null || (source != null && !source.isBlank());
  }

  private static List<String> describe(CheckedDraft d) {
    return d.reading().problems().stream()
        .map(p -> line(p.line(), p.field(), p.message(RequestInfo.locale())))
        .toList();
  }

  private static String line(int line, String field, String message) {
    return (line > 0 ? Notices.text("pub.line", line) + " " : "")
        + (field == null || field.isBlank() ? "" : field + ": ")
        + message;
  }

  public String getSource() {
    return source;
  }

  public void setSource(String source) {
    this.source = source;
  }

  public List<String> getProblems() {
    return problems;
  }

  public String getStartFrom() {
    return startFrom;
  }

  public void setStartFrom(String startFrom) {
    this.startFrom = startFrom;
  }

  public boolean isToChosen() {
    return toChosen;
  }

  public void setToChosen(boolean toChosen) {
    this.toChosen = toChosen;
  }

  public List<String> getChosen() {
    return chosen;
  }

  public void setChosen(List<String> chosen) {
    this.chosen = chosen;
  }

  /** A draft as the page lists it. */
  public record DraftRow(UUID id, String name, String version, int problems, String updated)
      implements Serializable {
    static DraftRow of(CheckedDraft d) {
      return new DraftRow(
          d.draft().id(),
          d.draft().templateId() == null ? "?" : d.draft().templateId(),
          d.draft().versionLabel() == null ? "?" : d.draft().versionLabel(),
          d.reading().problems().size(),
          TenantTime.format(d.draft().updatedAt()));
    }

    public String getName() {
      return name;
    }

    public String getVersion() {
      return version;
    }

    public int getProblems() {
      return problems;
    }

    public String getUpdated() {
      return updated;
    }
  }

  /** A version this tenant published, with who may see it. */
  public record PublishedRow(String ref, String title, String audience) implements Serializable {
    public String getRef() {
      return ref;
    }

    public String getTitle() {
      return title;
    }

    public String getAudience() {
      return audience;
    }
  }
}
