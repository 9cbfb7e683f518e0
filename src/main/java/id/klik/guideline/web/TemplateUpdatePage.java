package id.klik.guideline.web;

import id.klik.guideline.application.TemplateUpdateService;
import id.klik.guideline.domain.AdoptedTemplate;
import id.klik.guideline.domain.PublishedTemplate;
import id.klik.guideline.domain.TemplateUpdate;
import id.klik.guideline.domain.merge.MergeConflict;
import id.klik.guideline.domain.merge.Resolution;
import id.klik.guideline.domain.merge.TemplateChange;
import id.klik.shared.domain.KlikException;
import id.klik.shared.web.Notices;
import id.klik.shared.web.RequestInfo;
import id.klik.tenancy.application.TenantBound;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Wires the diff/merge page of an adopted template ({@code /t/<slug>/template-update?id=…}) to
 * {@link TemplateUpdateService}: the newer versions, the publisher's changes to choose from, the
 * clinic's own changes (always kept), each conflict with its decision, a check of the result and
 * the merge.
 */
@Named
@ViewScoped
@TenantBound
public class TemplateUpdatePage implements Serializable {

  @Inject TemplateUpdateService updates;

  private String templateId;
  private String basedOn;
  private int revision;
  private String version;
  private List<String> versions = List.of();
  private final List<ChangeRow> changes = new ArrayList<>();
  private final List<ChangeRow> localChanges = new ArrayList<>();
  private final List<ConflictRow> conflicts = new ArrayList<>();
  private List<String> chosen = new ArrayList<>();
  private final Map<String, String> resolutions = new HashMap<>();
  private List<String> problems = List.of();
  private boolean checked;
  private boolean merged;
  private boolean found;

  /** Loads the adopted template named by the {@code id} parameter and its newest update. */
  public void load() {
    try {
      AdoptedTemplate row = updates.row(templateId);
      found = true;
      basedOn = row.basisRef().toString();
      revision = row.revision();
      versions =
          updates.newerVersions(templateId).stream()
              .sorted(
                  Comparator.comparing(
                      (PublishedTemplate p) -> p.template().header().version(),
                      Comparator.reverseOrder()))
              .map(p -> p.template().header().version().toString())
              .toList();
      if (version == null || !versions.contains(version)) {
        version = versions.isEmpty() ? null : versions.get(0);
      }
      plan();
    } catch (KlikException e) {
      Notices.error(e);
    }
  }

  /** Shows the plan for the chosen version; every upstream change is chosen to begin with. */
  public void plan() {
    changes.clear();
    localChanges.clear();
    conflicts.clear();
    resolutions.clear();
    problems = List.of();
    checked = false;
    if (version == null) {
      return;
    }
    Locale locale = RequestInfo.locale();
    TemplateUpdate plan = updates.plan(templateId, version);
    plan.plan().upstreamChanges().forEach(c -> changes.add(ChangeRow.of(c, locale)));
    plan.plan().localChanges().forEach(c -> localChanges.add(ChangeRow.of(c, locale)));
    plan.plan().conflicts().forEach(c -> conflicts.add(ConflictRow.of(c, locale)));
    chosen = new ArrayList<>(changes.stream().map(ChangeRow::id).toList());
  }

  /** Checks the merge these decisions would give, without keeping it. */
  public void check() {
    try {
      TemplateUpdate.Result result =
          updates.preview(templateId, version, new HashSet<>(chosen), decided());
      List<String> seen = new ArrayList<>();
      result
          .outcome()
          .unresolved()
          .forEach(
              c -> seen.add(Notices.text("tpl.undecided", c.description(RequestInfo.locale()))));
      result.problems().forEach(p -> seen.add(p.field() + ": " + p.message(RequestInfo.locale())));
      problems = seen;
      checked = true;
    } catch (KlikException e) {
      Notices.error(e);
    }
  }

  public void merge() {
    try {
      updates.merge(templateId, version, new HashSet<>(chosen), decided());
      Notices.info("tpl.merged", templateId, version);
      merged = true;
      load();
    } catch (KlikException e) {
      Notices.error(e);
    }
  }

  private Map<String, Resolution> decided() {
    Map<String, Resolution> decided = new HashMap<>();
    resolutions.forEach(
        (id, decision) -> {
          if (decision != null && !decision.isBlank()) {
            decided.put(id, Resolution.valueOf(decision));
          }
        });
    return decided;
  }

  public String getTemplateId() {
    return templateId;
  }

  public void setTemplateId(String templateId) {
    this.templateId = templateId;
  }

  public String getVersion() {
    return version;
  }

  public void setVersion(String version) {
    this.version = version;
  }

  public List<String> getVersions() {
    return versions;
  }

  public String getBasedOn() {
    return basedOn;
  }

  public int getRevision() {
    return revision;
  }

  public boolean isFound() {
    return found;
  }

  public boolean isAvailable() {
    return version != null;
  }

  public boolean isMerged() {
    return merged;
  }

  public List<ChangeRow> getChanges() {
    return changes;
  }

  public List<ChangeRow> getLocalChanges() {
    return localChanges;
  }

  public List<ConflictRow> getConflicts() {
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

  public List<String> getProblems() {
    return problems;
  }

  public boolean isChecked() {
    return checked;
  }

  /** One change as the page lists it: what, where, and the value before and after. */
  public record ChangeRow(
      String id, String type, String where, String description, String before, String after)
      implements Serializable {

    static ChangeRow of(TemplateChange c, Locale locale) {
      return new ChangeRow(
          c.id(),
          c.type().name(),
          c.path().toString(),
          c.description(locale),
          ChangeValues.shortText(c.before()),
          ChangeValues.shortText(c.after()));
    }

    public String getId() {
      return id;
    }

    public String getType() {
      return type;
    }

    public String getWhere() {
      return where;
    }

    public String getDescription() {
      return description;
    }

    public String getBefore() {
      return before;
    }

    public String getAfter() {
      return after;
    }
  }

  /** A conflict: the publisher's change and the clinic's own, side by side. */
  public record ConflictRow(String id, String kind, String theirs, String ours)
      implements Serializable {

    static ConflictRow of(MergeConflict c, Locale locale) {
      StringBuilder ours = new StringBuilder();
      c.local().forEach(l -> ours.append(l.description(locale)).append(' '));
      return new ConflictRow(
          c.changeId(), c.kind().name(), c.upstream().description(locale), ours.toString().trim());
    }

    public String getId() {
      return id;
    }

    public String getKind() {
      return kind;
    }

    public String getTheirs() {
      return theirs;
    }

    public String getOurs() {
      return ours;
    }
  }
}
