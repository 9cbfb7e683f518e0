package id.klik.guideline.domain;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.klik.guideline.domain.merge.MergeOutcome;
import id.klik.guideline.domain.merge.TemplateDiff;
import id.klik.guideline.domain.merge.ThreeWayMerge;
import id.klik.shared.domain.NotFoundException;
import id.klik.shared.domain.ValidationException;
import java.time.Instant;
import java.util.Objects;

/**
 * A tenant's own version of an adopted template: the upstream version it is based on (the merge
 * base), its current content with the tenant's customizations, and where it comes from.
 *
 * @param basis the published version adopted or last merged; the base of the next merge
 * @param current the tenant's version, including its customizations
 * @param revision counts the tenant's changes, starting at 1 on adoption
 */
public record TenantTemplate(
    String tenant, PublishedTemplate basis, Template current, Provenance provenance, int revision) {

  public TenantTemplate {
    Objects.requireNonNull(tenant, "tenant");
    Objects.requireNonNull(basis, "basis");
    Objects.requireNonNull(current, "current");
  }

  static TenantTemplate adopted(String tenant, PublishedTemplate source, Instant at) {
    Template template = source.template();
    return new TenantTemplate(
        tenant, source, withBasedOn(template, source.ref()), provenanceOf(source, at), 1);
  }

  /** True when the tenant changed its copy since adopting or last merging. */
  public boolean isCustomized() {
    return !TemplateDiff.between(basis.template().tree(), current.tree()).isEmpty();
  }

  /**
   * The tenant's edit of its version (a checklist item, a rubric weight, ...).
   *
   * @throws ValidationException when the edit changes the template's id or kind: the copy stays the
   *     same template, or its updates could no longer be found and merged
   * @throws InvalidTemplateException when the edit breaks the template's schema or rules
   */
  public TenantTemplate customize(JsonNode editedTree, TemplateReader reader) {
    String id = current.header().id();
    if (!id.equals(editedTree.path("id").asText())) {
      throw ValidationException.of("id", "template.idChanged", id);
    }
    TemplateKind kind = current.kind();
    if (TemplateKind.fromCode(editedTree.path("kind").asText()).orElse(null) != kind) {
      throw ValidationException.of("kind", "template.kindChanged", kind.code());
    }
    Template edited = reader.check(current.ref() + " (" + tenant + ")", editedTree).orThrow();
    return new TenantTemplate(tenant, basis, edited, provenance, revision + 1);
  }

  /**
   * Prepares taking a newer upstream version: the diff and the merge plan.
   *
   * @throws TemplateRuleException when {@code newer} is another template or not newer
   * @throws NotFoundException when {@code newer} is not published to this tenant
   */
  public TemplateUpdate planUpdate(PublishedTemplate newer) {
    if (!newer.template().header().id().equals(basis.template().header().id())) {
      throw new TemplateRuleException("template.otherTemplate", newer.ref(), basis.ref());
    }
    if (!newer.template().header().version().isNewerThan(basis.template().header().version())) {
      throw new TemplateRuleException("template.notNewer", newer.ref(), basis.ref());
    }
    if (!newer.isVisibleTo(tenant)) {
      throw new NotFoundException("template", newer.ref());
    }
    return new TemplateUpdate(
        this,
        newer,
        ThreeWayMerge.plan(basis.template().tree(), current.tree(), newer.template().tree()));
  }

  /**
   * Accepts a merge: the merged content becomes this tenant's version, based on the newer upstream
   * version.
   *
   * @param finalTree the merged tree, possibly corrected by the person (e.g. weights re-balanced)
   * @param at when the tenant accepted the merge
   * @throws TemplateRuleException when chosen changes still have unresolved conflicts
   * @throws InvalidTemplateException when the merged tree breaks the template's rules
   */
  public TenantTemplate acceptUpdate(
      TemplateUpdate update,
      MergeOutcome outcome,
      JsonNode finalTree,
      TemplateReader reader,
      Instant at) {
    if (update.tenantTemplate() != this) {
      // someone saved another revision between planning and accepting
      throw new TemplateRuleException("error.concurrentEdit");
    }
    if (!outcome.complete()) {
      throw new TemplateRuleException(
          "template.unresolved",
          String.join(", ", outcome.unresolved().stream().map(c -> c.changeId()).toList()));
    }
    PublishedTemplate newer = update.upstream();
    ObjectNode tree = (ObjectNode) finalTree.deepCopy();
    tree.put("basedOn", newer.ref().toString());
    Template merged = reader.check(newer.ref() + " (" + tenant + ")", tree).orThrow();
    return new TenantTemplate(tenant, newer, merged, provenanceOf(newer, at), revision + 1);
  }

  private static Template withBasedOn(Template template, TemplateRef source) {
    ObjectNode tree = (ObjectNode) template.tree();
    tree.put("basedOn", source.toString());
    TemplateHeader h = template.header();
    TemplateHeader header =
        new TemplateHeader(
            h.kind(),
            h.id(),
            h.version(),
            h.title(),
            h.summary(),
            h.publisher(),
            h.source(),
            source,
            h.uses());
    return new Template(header, template.body(), tree);
  }

  private static Provenance provenanceOf(PublishedTemplate source, Instant at) {
    TemplateHeader header = source.template().header();
    return new Provenance(
        source.ref(), header.title(), source.publisherTenant(), header.publisher().name(), at);
  }
}
