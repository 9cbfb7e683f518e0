package id.klik.guideline.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The published templates: publishing (see {@link TemplateDraft#publish} for its rules) and seeing
 * (visibility); a tenant adopts what it sees with {@link PublishedTemplate#adoptBy}. The
 * application's {@code TemplateLibrary} builds one from the built-in templates, the tenants' files
 * and what tenants published in the app; the lineage of adoptions is kept by the platform ({@code
 * platform.template_adoption}).
 */
public final class TemplateCatalog {

  private final Map<String, List<PublishedTemplate>> versionsById = new LinkedHashMap<>();

  /** Publishes a draft; see {@link TemplateDraft#publish} for the rules. */
  public synchronized PublishedTemplate publish(
      TemplateDraft draft, String publishingTenant, Visibility visibility, Instant at) {
    List<PublishedTemplate> versions =
        versionsById.computeIfAbsent(draft.template().header().id(), id -> new ArrayList<>());
    PublishedTemplate published = draft.publish(publishingTenant, visibility, at, versions);
    versions.add(published);
    return published;
  }

  public synchronized Optional<PublishedTemplate> find(TemplateRef ref, String viewingTenant) {
    return versionsById.getOrDefault(ref.templateId(), List.of()).stream()
        .filter(p -> p.ref().equals(ref) && p.isVisibleTo(viewingTenant))
        .findFirst();
  }

  /** Every published version of a template, whoever may see it, oldest first. */
  public synchronized List<PublishedTemplate> versionsOf(String templateId) {
    return versionsById.getOrDefault(templateId, List.of()).stream()
        .sorted(Comparator.comparing(p -> p.template().header().version()))
        .toList();
  }

  /** Every published version the tenant may see, by template id then version. */
  public synchronized List<PublishedTemplate> visibleTo(String tenant) {
    return versionsById.values().stream()
        .flatMap(List::stream)
        .filter(p -> p.isVisibleTo(tenant))
        .toList();
  }
}
