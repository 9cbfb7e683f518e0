package id.klik.guideline.domain;

import id.klik.shared.domain.NotFoundException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The published templates and who adopted them: the rules of publishing (newer versions only, never
 * replacing one), seeing (visibility), adopting (with provenance) and lineage. An in-memory model
 * of the rules; persistence keeps the same rules behind its own store.
 */
public final class TemplateCatalog {

  private final Map<String, List<PublishedTemplate>> versionsById = new LinkedHashMap<>();
  private final List<LineageEntry> lineage = new ArrayList<>();

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

  /**
   * Adopts a published version for a tenant and records the lineage.
   *
   * @throws NotFoundException when the version does not exist or is not visible to the tenant
   */
  public synchronized TenantTemplate adopt(TemplateRef ref, String tenant, Instant at) {
    PublishedTemplate source =
        find(ref, tenant).orElseThrow(() -> new NotFoundException("template", ref));
    TenantTemplate adopted = source.adoptBy(tenant, at);
    lineage.add(new LineageEntry(tenant, ref, source.publisherTenant(), at));
    return adopted;
  }

  /** Adoptions the tenant took part in, as adopter or as publisher. */
  public synchronized List<LineageEntry> lineageFor(String tenant) {
    return lineage.stream().filter(entry -> entry.concerns(tenant)).toList();
  }
}
