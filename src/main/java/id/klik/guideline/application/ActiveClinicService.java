package id.klik.guideline.application;

import id.klik.guideline.domain.AdoptedTemplate;
import id.klik.guideline.domain.ClinicGuide;
import id.klik.guideline.domain.PublishedTemplate;
import id.klik.guideline.domain.Template;
import id.klik.guideline.infrastructure.AdoptedTemplateRepository;
import id.klik.identity.application.Permissions;
import id.klik.identity.domain.Permission;
import id.klik.shared.audit.AuditTrail;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The tenant's active clinic template and the {@link ClinicGuide} made from it: what the clinic's
 * pages show (phases, steps, checklists, forms, rubrics, programs), using the tenant's own copies.
 */
@ApplicationScoped
public class ActiveClinicService {

  @Inject TemplateUpdateService templates;
  @Inject TemplateLibrary library;
  @Inject Permissions permissions;
  @Inject AuditTrail audit;
  @Inject AdoptedTemplateRepository repository;

  /** The guide of the active clinic template; empty while the tenant adopted none. */
  @Transactional
  public Optional<ClinicGuide> guide() {
    List<AdoptedTemplate> adopted = repository.all();
    Optional<AdoptedTemplate> active = adopted.stream().filter(AdoptedTemplate::active).findFirst();
    if (active.isEmpty()) {
      return Optional.empty();
    }
    Map<String, AdoptedTemplate> byId =
        adopted.stream().collect(Collectors.toMap(AdoptedTemplate::templateId, a -> a));
    Function<String, Optional<Template>> ownCopy =
        id -> Optional.ofNullable(byId.get(id)).map(a -> templates.load(a).current());
    return Optional.of(
        ClinicGuide.of(
            templates.load(active.get()).current(),
            ownCopy,
            ref -> library.find(ref).map(PublishedTemplate::template)));
  }

  /** Makes an adopted clinic template the one that drives the clinic (clinic admin). */
  @Transactional
  public void activate(String templateId) {
    permissions.require(Permission.TEMPLATES_ADMINISTER);
    AdoptedTemplate chosen = templates.row(templateId);
    // the one active clinic template is a unique index: the old one steps down first (all of it is
    // rolled back when the chosen one is no clinic template)
    repository.active().forEach(AdoptedTemplate::deactivate);
    repository.flush();
    chosen.activate();
    audit.record("ACTIVATE", "template", templateId, "active clinic template");
  }
}
