package id.klik.guideline.application;

import id.klik.guideline.domain.AdoptedTemplate;
import id.klik.guideline.domain.Provenance;
import id.klik.guideline.domain.PublishedTemplate;
import id.klik.guideline.domain.TemplateKind;
import id.klik.guideline.domain.TemplateRef;
import id.klik.guideline.domain.TenantTemplate;
import id.klik.guideline.infrastructure.AdoptedTemplateRepository;
import id.klik.guideline.infrastructure.JdbcLineageStore;
import id.klik.identity.application.Permissions;
import id.klik.identity.domain.Permission;
import id.klik.shared.audit.AuditTrail;
import id.klik.shared.domain.ConflictException;
import id.klik.shared.domain.NotFoundException;
import id.klik.tenancy.application.TenantContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

/**
 * Adopting a published template: the tenant keeps its own copy, based on that version, with
 * provenance; the platform records the lineage once the adoption has committed.
 */
@ApplicationScoped
public class TemplateAdoptionService {

  @Inject TemplateLibrary library;
  @Inject Permissions permissions;
  @Inject AuditTrail audit;
  @Inject JdbcLineageStore lineage;
  @Inject AdoptedTemplateRepository repository;

  @Transactional
  public TenantTemplate adopt(TemplateRef ref) {
    permissions.require(Permission.TEMPLATES_ADMINISTER);
    return adoptAs(ref);
  }

  /**
   * Onboarding's adoption of the templates a manifest names: no person acts, and a template already
   * adopted (perhaps customized or merged since) is left as it is.
   *
   * @throws IllegalStateException when the version is not published to this tenant
   */
  @Transactional
  public void adoptAtOnboarding(TemplateRef ref) {
    if (repository.find(ref.templateId()).isPresent()) {
      return;
    }
    try {
      adoptAs(ref);
    } catch (NotFoundException e) {
      throw new IllegalStateException(
          "seed.templates: " + ref + " is not published to " + TenantContext.require().slug());
    }
  }

  private TenantTemplate adoptAs(TemplateRef ref) {
    String tenant = TenantContext.require().slug();
    PublishedTemplate published =
        library.find(ref).orElseThrow(() -> new NotFoundException("template", ref));
    if (repository.find(ref.templateId()).isPresent()) {
      throw new ConflictException("template.alreadyAdopted", ref.templateId());
    }
    TenantTemplate adopted = published.adoptBy(tenant, Instant.now());
    AdoptedTemplate row = new AdoptedTemplate(adopted);
    // the first clinic template adopted drives the clinic until an admin picks another
    if (published.template().kind() == TemplateKind.CLINIC
        && adopted().stream().noneMatch(AdoptedTemplate::active)) {
      row.activate();
    }
    repository.store(row);
    audit.record(
        "ADOPT",
        "template",
        ref,
        "from " + (published.publisherTenant() == null ? "klik" : published.publisherTenant()));
    lineage.recordAfterCommit(ref, published.publisherTenant());
    return adopted;
  }

  @Transactional
  public List<AdoptedTemplate> adopted() {
    return repository.all();
  }

  /** "based on KLIK Pontianak 2024.1", or the bare reference if that version left the catalog. */
  public String provenance(AdoptedTemplate a, Locale locale) {
    TemplateRef basis = a.basisRef();
    return library
        .find(basis)
        .map(
            p ->
                new Provenance(
                        basis, p.template().header().title(), p.publisherTenant(), null, null)
                    .describe(locale))
        .orElse(basis.toString());
  }

  public List<JdbcLineageStore.Adoption> lineage() {
    return lineage.concerningThisTenant();
  }
}
