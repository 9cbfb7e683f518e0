package id.klik.innovation.application;

import id.klik.guideline.application.ActiveClinicService;
import id.klik.guideline.application.TemplateLibrary;
import id.klik.guideline.domain.ClinicGuide;
import id.klik.guideline.domain.JourneyBody;
import id.klik.guideline.domain.PublishedTemplate;
import id.klik.guideline.domain.Template;
import id.klik.guideline.domain.TemplateKind;
import id.klik.innovation.domain.journey.JourneyPlan;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The journey plan of the current tenant: the journey template its active clinic template names
 * (design thinking, LAN 5D, OPSI, or the tenant's own copy), else design thinking, the newest
 * published version.
 */
@ApplicationScoped
public class JourneyPlans {

  /** The journey every clinic starts with until its clinic template names another. */
  public static final String DEFAULT_TEMPLATE = "design-thinking";

  @Inject ActiveClinicService clinic;
  @Inject TemplateLibrary library;

  /** Called inside the caller's transaction (the guide reads the tenant's adopted templates). */
  public JourneyPlan active() {
    Optional<Template> named =
        clinic
            .guide()
            .flatMap(g -> g.used(TemplateKind.JOURNEY).stream().findFirst())
            .map(ClinicGuide.Used::template);
    Template template =
        named
            .or(this::defaultTemplate)
            .orElseThrow(
                () ->
                    new IllegalStateException(
                        "no journey template: " + DEFAULT_TEMPLATE + " is not published"));
    return planOf(template);
  }

  private Optional<Template> defaultTemplate() {
    return library.versionsOf(DEFAULT_TEMPLATE).stream()
        .max(Comparator.comparing(p -> p.template().header().version()))
        .map(PublishedTemplate::template);
  }

  static JourneyPlan planOf(Template template) {
    JourneyBody body = template.body(JourneyBody.class);
    List<JourneyPlan.Stage> stages =
        body.stages().stream()
            .map(
                s ->
                    new JourneyPlan.Stage(
                        s.id(),
                        s.title(),
                        s.summary(),
                        s.artifacts().stream()
                            .map(
                                a ->
                                    new JourneyPlan.Artifact(
                                        a.id(),
                                        a.title(),
                                        a.description(),
                                        a.required(),
                                        a.format() == null ? "document" : a.format()))
                            .toList()))
            .toList();
    return new JourneyPlan(template.header().id(), template.header().version().toString(), stages);
  }
}
