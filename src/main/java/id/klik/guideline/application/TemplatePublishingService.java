package id.klik.guideline.application;

import id.klik.guideline.domain.DraftFile;
import id.klik.guideline.domain.DraftStart;
import id.klik.guideline.domain.PublishedTemplate;
import id.klik.guideline.domain.Publisher;
import id.klik.guideline.domain.Template;
import id.klik.guideline.domain.TemplateReading;
import id.klik.guideline.domain.TemplateRef;
import id.klik.guideline.domain.Visibility;
import id.klik.guideline.domain.edit.TemplateText;
import id.klik.guideline.infrastructure.DraftRepository;
import id.klik.identity.application.CurrentUser;
import id.klik.identity.application.Permissions;
import id.klik.identity.domain.Permission;
import id.klik.shared.audit.AuditTrail;
import id.klik.shared.domain.ConflictException;
import id.klik.shared.domain.FieldProblem;
import id.klik.shared.domain.LocalizedText;
import id.klik.shared.domain.NotFoundException;
import id.klik.shared.domain.ValidationException;
import id.klik.shared.yaml.YamlLimits;
import id.klik.tenancy.application.TenantContext;
import id.klik.tenancy.application.TenantRegistry;
import id.klik.tenancy.domain.TenantRef;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Year;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

/**
 * A tenant writing its own templates and publishing them: drafts (kept even while they still have
 * problems), a new version started from one it published, and publishing to every tenant or to
 * chosen tenants. A published version never changes.
 */
@ApplicationScoped
public class TemplatePublishingService {

  @Inject DraftRepository repository;
  @Inject TemplateLibrary library;
  @Inject TenantRegistry tenants;
  @Inject CurrentUser currentUser;
  @Inject Permissions permissions;
  @Inject AuditTrail audit;

  /** A draft with what is still wrong with it. */
  public record CheckedDraft(DraftFile draft, TemplateReading reading) {}

  @Transactional
  public List<CheckedDraft> drafts() {
    return repository.all().stream()
        .map(d -> new CheckedDraft(d, library.validate(d.fileName(), d.yaml())))
        .toList();
  }

  @Transactional
  public CheckedDraft draft(UUID id) {
    DraftFile d = find(id);
    return new CheckedDraft(d, library.validate(d.fileName(), d.yaml()));
  }

  /** Keeps a new draft, whatever its problems; they are returned to be fixed. */
  @Transactional
  public CheckedDraft create(String yaml) {
    permissions.require(Permission.TEMPLATES_WRITE);
    requireText(yaml);
    TemplateReading reading = library.validate("draft.yaml", yaml);
    DraftFile draft = new DraftFile(yaml, reading, currentUser.actor());
    repository.store(draft);
    audit.record("CREATE", "template-draft", draft.id(), draft.fileName());
    return new CheckedDraft(draft, reading);
  }

  /**
   * A draft of the next version of a template this tenant published, starting from the newest
   * version.
   */
  @Transactional
  public CheckedDraft newVersionOf(String templateId) {
    String tenant = TenantContext.require().slug();
    PublishedTemplate newest =
        library.versionsOf(templateId).stream()
            .filter(p -> tenant.equals(p.publisherTenant()))
            .reduce((a, b) -> b)
            .orElseThrow(() -> new NotFoundException("template", templateId));
    return create(TemplateText.yaml(DraftStart.nextVersion(newest.template())));
  }

  /**
   * A draft that starts from a published template: the next version when this tenant published it,
   * otherwise a copy under this tenant's name, id and a first version of this year, for the tenant
   * to make its own.
   */
  @Transactional
  public CheckedDraft startFrom(TemplateRef source) {
    TenantRef tenant = TenantContext.require();
    PublishedTemplate published =
        library.find(source).orElseThrow(() -> new NotFoundException("template", source));
    if (tenant.slug().equals(published.publisherTenant())) {
      return newVersionOf(source.templateId());
    }
    Publisher copier = new Publisher(tenant.slug(), LocalizedText.of(tenant.name()));
    return create(TemplateText.yaml(DraftStart.copyFor(published.template(), copier, Year.now())));
  }

  /**
   * @param expectedVersion the draft's version the edit started from, or null to overwrite
   * @throws ConflictException when someone saved the draft since that version
   */
  @Transactional
  public CheckedDraft update(UUID id, String yaml, Long expectedVersion) {
    permissions.require(Permission.TEMPLATES_WRITE);
    requireText(yaml);
    DraftFile draft = find(id);
    if (expectedVersion != null && expectedVersion != draft.version()) {
      throw new ConflictException("error.concurrentEdit");
    }
    TemplateReading reading = library.validate(draft.fileName(), yaml);
    draft.write(yaml, reading);
    audit.record("UPDATE", "template-draft", id, draft.fileName());
    return new CheckedDraft(draft, reading);
  }

  @Transactional
  public void delete(UUID id) {
    permissions.require(Permission.TEMPLATES_WRITE);
    DraftFile draft = find(id);
    repository.remove(draft);
    audit.record("DELETE", "template-draft", id, draft.fileName());
  }

  /**
   * Publishes a valid draft to every tenant or to the chosen ones, then removes the draft.
   *
   * @param chosen the tenants that may see and adopt it; null for every tenant (an empty choice is
   *     refused: publishing to everyone by mistake could not be undone)
   */
  @Transactional
  public PublishedTemplate publish(UUID id, Set<String> chosen) {
    permissions.require(Permission.TEMPLATES_ADMINISTER);
    DraftFile draft = find(id);
    Template template = library.validate(draft.fileName(), draft.yaml()).orThrow();
    Visibility visibility = visibility(chosen);
    // the draft goes first: if this transaction cannot commit, nothing was published either; the
    // platform row written by the library commits on its own and is the last step
    repository.removeNow(draft);
    PublishedTemplate published =
        library.publish(template, draft.yaml(), visibility, currentUser.actor());
    audit.record(
        "PUBLISH",
        "template",
        published.ref(),
        visibility.everyTenant() ? "to all tenants" : "to " + new TreeSet<>(visibility.tenants()));
    return published;
  }

  /** The versions this tenant published, from its folder or from the app, newest first. */
  public List<PublishedTemplate> publishedByThisTenant() {
    String tenant = TenantContext.require().slug();
    return library.visible().stream()
        .filter(p -> tenant.equals(p.publisherTenant()))
        .sorted(
            Comparator.comparing((PublishedTemplate p) -> p.ref().templateId())
                .thenComparing(p -> p.template().header().version(), Comparator.reverseOrder()))
        .toList();
  }

  /** The tenants a template can be published to: every active tenant but this one. */
  public List<TenantRef> audiences() {
    String tenant = TenantContext.require().slug();
    return tenants.active().stream()
        .filter(t -> !t.slug().equals(tenant))
        .sorted(Comparator.comparing(TenantRef::name))
        .toList();
  }

  private Visibility visibility(Set<String> chosen) {
    if (chosen == null) {
      return Visibility.allTenants();
    }
    Set<String> known = new TreeSet<>(audiences().stream().map(TenantRef::slug).toList());
    List<FieldProblem> problems =
        chosen.stream()
            .filter(slug -> !known.contains(slug))
            .sorted()
            .map(slug -> FieldProblem.of("tenants", "template.unknownTenant", slug))
            .toList();
    if (!problems.isEmpty()) {
      throw new ValidationException(problems);
    }
    return Visibility.onlyTo(chosen);
  }

  private DraftFile find(UUID id) {
    return repository.find(id).orElseThrow(() -> new NotFoundException("template draft", id));
  }

  private static void requireText(String yaml) {
    if (yaml == null || yaml.isBlank()) {
      throw ValidationException.of("yaml", "template.emptyDraft");
    }
    if (YamlLimits.tooLarge(yaml)) {
      throw ValidationException.of("yaml", "yaml.tooLarge", YamlLimits.maxKibibytes());
    }
  }
}
