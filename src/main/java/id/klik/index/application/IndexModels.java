package id.klik.index.application;

import id.klik.guideline.application.TemplateAdoptionService;
import id.klik.guideline.application.TemplateLibrary;
import id.klik.guideline.application.TemplateUpdateService;
import id.klik.guideline.domain.AdoptedTemplate;
import id.klik.guideline.domain.IndexModelBody;
import id.klik.guideline.domain.PublishedTemplate;
import id.klik.guideline.domain.Template;
import id.klik.guideline.domain.TemplateKind;
import id.klik.guideline.domain.TemplateRef;
import id.klik.shared.domain.ValidationException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;

/**
 * The index model of a cycle, as the tenant adopted it: the tenant's own (possibly corrected) copy
 * while it is still based on the cycle's version, else the published version itself (a cycle keeps
 * the model it started on when the tenant later takes a newer version).
 */
@ApplicationScoped
public class IndexModels {

  @Inject TemplateAdoptionService adoption;
  @Inject TemplateUpdateService templates;
  @Inject TemplateLibrary library;

  /** A loaded model with its reference. */
  public record Model(TemplateRef ref, Template template, IndexModelBody body) {}

  /**
   * @throws ValidationException when the text is no template reference, the tenant has not adopted
   *     that index model, or the version is not published to it
   */
  @Transactional
  public Model adopted(String refText) {
    TemplateRef ref;
    try {
      ref = TemplateRef.parse(refText == null ? "" : refText.strip());
    } catch (IllegalArgumentException e) {
      throw ValidationException.of("model", "index.modelInvalid", String.valueOf(refText));
    }
    return load(ref)
        .orElseThrow(() -> ValidationException.of("model", "index.modelNotAdopted", ref));
  }

  /** The index models the tenant adopted, as {@code templateId@version}, newest version first. */
  @Transactional
  public List<String> adoptedRefs() {
    return adoption.adopted().stream()
        .filter(IndexModels::isIndexModel)
        .map(a -> a.basisRef().toString())
        .sorted(java.util.Comparator.reverseOrder())
        .toList();
  }

  private static boolean isIndexModel(AdoptedTemplate a) {
    return TemplateKind.INDEX_MODEL.code().equals(a.kind())
        || TemplateKind.INDEX_MODEL.name().equals(a.kind());
  }

  /** The model of a stored cycle; empty when the tenant dropped it and the catalog lost it. */
  @Transactional
  public Optional<Model> load(TemplateRef ref) {
    Optional<AdoptedTemplate> row =
        adoption.adopted().stream()
            .filter(IndexModels::isIndexModel)
            .filter(a -> a.templateId().equals(ref.templateId()))
            .findFirst();
    if (row.isEmpty()) {
      return Optional.empty();
    }
    Template template;
    if (row.get().basisRef().equals(ref)) {
      template = templates.load(row.get()).current();
    } else {
      Optional<Template> published = library.find(ref).map(PublishedTemplate::template);
      if (published.isEmpty()) {
        return Optional.empty();
      }
      template = published.get();
    }
    if (template.kind() != TemplateKind.INDEX_MODEL) {
      return Optional.empty();
    }
    return Optional.of(new Model(ref, template, template.body(IndexModelBody.class)));
  }
}
