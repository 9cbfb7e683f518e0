package id.klik.guideline.application;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.klik.guideline.domain.AdoptedTemplate;
import id.klik.guideline.domain.Provenance;
import id.klik.guideline.domain.PublishedTemplate;
import id.klik.guideline.domain.TemplateReader;
import id.klik.guideline.domain.TemplateRef;
import id.klik.guideline.domain.TemplateUpdate;
import id.klik.guideline.domain.TenantTemplate;
import id.klik.guideline.domain.merge.MergeDecisions;
import id.klik.guideline.domain.merge.Resolution;
import id.klik.guideline.infrastructure.AdoptedTemplateRepository;
import id.klik.guideline.infrastructure.JdbcLineageStore;
import id.klik.identity.application.Permissions;
import id.klik.identity.domain.Permission;
import id.klik.shared.audit.AuditTrail;
import id.klik.shared.domain.NotFoundException;
import id.klik.tenancy.application.TenantContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A tenant's work on an adopted template: customizing its copy, seeing what a newer upstream
 * version changes, and merging the chosen changes while keeping its own. Nothing is merged
 * silently: conflicts need a resolution, and a merged template that breaks the rules (e.g. rubric
 * weights) is refused with the problems named.
 */
@ApplicationScoped
public class TemplateUpdateService {

  private static final ObjectMapper JSON = new ObjectMapper();

  @Inject TemplateLibrary library;
  @Inject Permissions permissions;
  @Inject AuditTrail audit;
  @Inject JdbcLineageStore lineage;
  @Inject AdoptedTemplateRepository repository;

  private final TemplateReader reader = new TemplateReader();

  /** Replaces the tenant's copy with an edited one (same template id), after checking it. */
  @Transactional
  public TenantTemplate customize(String templateId, JsonNode edited) {
    permissions.require(Permission.TEMPLATES_WRITE);
    AdoptedTemplate row = row(templateId);
    TenantTemplate customized = load(row).customize(edited, reader);
    row.store(customized);
    audit.record("CUSTOMIZE", "template", templateId, "revision " + customized.revision());
    return customized;
  }

  /**
   * Customizes only if the tenant's copy is still at the revision the editor started from, so that
   * two people editing at once never overwrite each other unseen (the row's version column catches
   * the same race between two transactions).
   *
   * @return the customized template, or empty when someone saved another revision meanwhile
   */
  @Transactional
  public Optional<TenantTemplate> customize(
      String templateId, JsonNode edited, int expectedRevision) {
    if (row(templateId).revision() != expectedRevision) {
      return Optional.empty();
    }
    return Optional.of(customize(templateId, edited));
  }

  /** What moving to a newer upstream version would change, and where it conflicts. */
  @Transactional
  public TemplateUpdate plan(String templateId, String version) {
    TenantTemplate current = load(row(templateId));
    TemplateRef newer;
    try {
      newer = TemplateRef.parse(templateId + "@" + version);
    } catch (IllegalArgumentException e) {
      throw new NotFoundException("template", templateId + "@" + version);
    }
    PublishedTemplate upstream =
        library.find(newer).orElseThrow(() -> new NotFoundException("template", newer));
    return current.planUpdate(upstream);
  }

  /** What merging with these decisions would give, without keeping it: the person checks first. */
  @Transactional
  public TemplateUpdate.Result preview(
      String templateId, String version, Set<String> chosen, Map<String, Resolution> resolutions) {
    return plan(templateId, version).merge(new MergeDecisions(chosen, resolutions), reader);
  }

  /** The published versions of an adopted template newer than the one it is based on. */
  @Transactional
  public List<PublishedTemplate> newerVersions(String templateId) {
    AdoptedTemplate row = row(templateId);
    return library.visible().stream()
        .filter(p -> p.ref().templateId().equals(templateId))
        .filter(p -> p.template().header().version().isNewerThan(row.basisRef().version()))
        .sorted(Comparator.comparing((PublishedTemplate p) -> p.template().header().version()))
        .toList();
  }

  /** Merges the chosen upstream changes with the given conflict resolutions, or says why not. */
  @Transactional
  public TenantTemplate merge(
      String templateId, String version, Set<String> chosen, Map<String, Resolution> resolutions) {
    permissions.require(Permission.TEMPLATES_ADMINISTER);
    TemplateUpdate update = plan(templateId, version);
    MergeDecisions decisions = new MergeDecisions(chosen, resolutions);
    TemplateUpdate.Result result = update.merge(decisions, reader);
    // the domain refuses unresolved conflicts (naming them) and a result that breaks the rules
    TenantTemplate merged =
        update
            .tenantTemplate()
            .acceptUpdate(
                update, result.outcome(), result.outcome().merged(), reader, Instant.now());
    row(templateId).store(merged);
    audit.record("MERGE", "template", templateId, "now based on " + merged.basis().ref());
    lineage.recordAfterCommit(merged.basis().ref(), merged.basis().publisherTenant());
    return merged;
  }

  /** The tenant's copy as the domain works with it. */
  @Transactional
  public TenantTemplate load(AdoptedTemplate row) {
    String tenant = TenantContext.require().slug();
    PublishedTemplate basis =
        library
            .find(row.basisRef())
            .orElseThrow(() -> new NotFoundException("template", row.basisRef()));
    try {
      JsonNode tree = JSON.readTree(row.currentJson());
      var current = reader.check(row.templateId() + " (" + tenant + ")", tree).orThrow();
      Provenance provenance =
          new Provenance(
              basis.ref(),
              basis.template().header().title(),
              basis.publisherTenant(),
              basis.template().header().publisher().name(),
              row.adoptedAt().toInstant());
      return new TenantTemplate(tenant, basis, current, provenance, row.revision());
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("stored template " + row.templateId() + " is not JSON", e);
    }
  }

  @Transactional
  public AdoptedTemplate row(String templateId) {
    return repository
        .find(templateId)
        .orElseThrow(() -> new NotFoundException("adopted template", templateId));
  }
}
