package id.klik.innovation.application;

import id.klik.guideline.application.ActiveClinicService;
import id.klik.guideline.application.TemplateAdoptionService;
import id.klik.guideline.application.TemplateLibrary;
import id.klik.guideline.application.TemplateUpdateService;
import id.klik.guideline.domain.ClinicGuide;
import id.klik.guideline.domain.IndexModelBody;
import id.klik.guideline.domain.PublishedTemplate;
import id.klik.guideline.domain.Template;
import id.klik.guideline.domain.TemplateKind;
import id.klik.innovation.domain.IndexIndicators;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The indicator ids evidence may name, from the tenant's index model as the {@code guideline}
 * context reaches it: an index model the tenant adopted itself (its own, possibly customized copy)
 * first, else the one its active clinic template names (KLIK Pontianak names {@code
 * iid-index-2023}). Of a model only the per-innovation aspect counts (scope {@code innovation}:
 * SID, indicators 16–35); the region's indicators are not an innovation's. When the tenant's model
 * lists no indicators (the 2023 model carries only its formula), the newest published model that
 * lists them stands in and says so.
 */
@ApplicationScoped
public class EvidenceIndicators {

  private static final String PER_INNOVATION = "innovation";

  @Inject ActiveClinicService clinic;
  @Inject TemplateAdoptionService adoption;
  @Inject TemplateUpdateService templates;
  @Inject TemplateLibrary library;

  @Transactional
  public IndexIndicators current() {
    List<Template> own = new ArrayList<>();
    adoption.adopted().stream()
        .filter(a -> TemplateKind.INDEX_MODEL.code().equals(a.kind()))
        .forEach(a -> own.add(templates.load(a).current()));
    own.sort(Comparator.comparing((Template t) -> year(t)).reversed());
    clinic.guide().map(g -> g.used(TemplateKind.INDEX_MODEL)).orElse(List.of()).stream()
        .map(ClinicGuide.Used::template)
        .forEach(own::add);
    for (Template model : own) {
      IndexIndicators found = of(model, false);
      if (!found.indicators().isEmpty()) {
        return found;
      }
    }
    return library.visible().stream()
        .map(PublishedTemplate::template)
        .filter(t -> t.kind() == TemplateKind.INDEX_MODEL)
        .filter(t -> !of(t, true).indicators().isEmpty())
        .max(Comparator.comparing(EvidenceIndicators::year))
        .map(t -> of(t, true))
        .orElse(IndexIndicators.NONE);
  }

  /**
   * The region indicator ids (scope {@code region}: SPD, indicators 1–15) of every index model the
   * tenant adopted, or, when those list none, of the newest published model that does: what region
   * evidence may prove.
   */
  @Transactional
  public Set<String> regionIds() {
    Set<String> ids = new TreeSet<>();
    adoption.adopted().stream()
        .filter(
            a ->
                TemplateKind.INDEX_MODEL.code().equals(a.kind())
                    || TemplateKind.INDEX_MODEL.name().equals(a.kind()))
        .forEach(a -> ids.addAll(regionIdsOf(templates.load(a).current())));
    if (ids.isEmpty()) {
      library.visible().stream()
          .map(PublishedTemplate::template)
          .filter(t -> t.kind() == TemplateKind.INDEX_MODEL)
          .filter(t -> !regionIdsOf(t).isEmpty())
          .max(Comparator.comparing(EvidenceIndicators::year))
          .ifPresent(t -> ids.addAll(regionIdsOf(t)));
    }
    return ids;
  }

  private static Set<String> regionIdsOf(Template model) {
    Set<String> ids = new TreeSet<>();
    model.body(IndexModelBody.class).aspects().stream()
        .filter(a -> "region".equals(a.scope()))
        .flatMap(a -> a.indicators().stream())
        .forEach(i -> ids.add(i.id()));
    return ids;
  }

  private static int year(Template t) {
    return Optional.ofNullable(t.body(IndexModelBody.class)).map(IndexModelBody::year).orElse(0);
  }

  static IndexIndicators of(Template model, boolean standIn) {
    IndexModelBody body = model.body(IndexModelBody.class);
    List<IndexIndicators.Indicator> list =
        body.aspects().stream()
            .filter(a -> PER_INNOVATION.equals(a.scope()))
            .flatMap(a -> a.indicators().stream())
            .map(i -> new IndexIndicators.Indicator(i.id(), i.number(), i.title()))
            .sorted(Comparator.comparingInt(IndexIndicators.Indicator::number))
            .toList();
    return new IndexIndicators(model.ref().toString(), standIn, list);
  }
}
