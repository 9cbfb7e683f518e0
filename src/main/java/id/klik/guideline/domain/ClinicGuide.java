package id.klik.guideline.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * How a tenant's clinic works, as its active clinic template says: the phases with their steps and
 * checklists, and the journey, forms, rubrics, programs and index model the template names. Each
 * named template is the tenant's own (possibly customized) copy when it adopted that template, else
 * the published version named. Later features (programs, proposals, reviews, index readiness) ask
 * the guide which form, rubric or program to use.
 */
public final class ClinicGuide {

  /** A template the clinic template names, and whether the tenant has its own copy of it. */
  public record Used(TemplateRef named, Template template, boolean ownCopy) {}

  private final Template clinic;
  private final List<Used> used;
  private final List<TemplateRef> missing;

  private ClinicGuide(Template clinic, List<Used> used, List<TemplateRef> missing) {
    this.clinic = clinic;
    this.used = List.copyOf(used);
    this.missing = List.copyOf(missing);
  }

  /**
   * @param ownCopy the tenant's copy of a template id, when adopted
   * @param published a published version the tenant may see
   */
  public static ClinicGuide of(
      Template clinic,
      Function<String, Optional<Template>> ownCopy,
      Function<TemplateRef, Optional<Template>> published) {
    if (clinic.kind() != TemplateKind.CLINIC) {
      throw new TemplateRuleException("template.notClinic", clinic.ref().templateId());
    }
    List<Used> used = new ArrayList<>();
    List<TemplateRef> missing = new ArrayList<>();
    for (TemplateRef ref : clinic.header().uses().all()) {
      Optional<Template> own = ownCopy.apply(ref.templateId());
      if (own.isPresent()) {
        used.add(new Used(ref, own.get(), true));
      } else {
        published
            .apply(ref)
            .ifPresentOrElse(t -> used.add(new Used(ref, t, false)), () -> missing.add(ref));
      }
    }
    return new ClinicGuide(clinic, used, missing);
  }

  public Template clinic() {
    return clinic;
  }

  public List<ClinicBody.Phase> phases() {
    return clinic.body(ClinicBody.class).phases();
  }

  public List<ClinicBody.Service> services() {
    return clinic.body(ClinicBody.class).services();
  }

  /** The named templates of one kind, in the order the clinic template names them. */
  public List<Used> used(TemplateKind kind) {
    return used.stream().filter(u -> u.template().kind() == kind).toList();
  }

  /** The form a proposal or profile of this clinic is written in, by template id. */
  public Optional<Template> form(String templateId) {
    return used(TemplateKind.FORM).stream()
        .map(Used::template)
        .filter(t -> t.header().id().equals(templateId))
        .findFirst();
  }

  /** Named templates the tenant can neither see nor has adopted; shown so that an admin acts. */
  public List<TemplateRef> missing() {
    return missing;
  }
}
