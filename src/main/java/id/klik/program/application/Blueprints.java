package id.klik.program.application;

import id.klik.guideline.application.ActiveClinicService;
import id.klik.guideline.domain.ClinicGuide;
import id.klik.guideline.domain.ProgramBody;
import id.klik.guideline.domain.Template;
import id.klik.guideline.domain.TemplateKind;
import id.klik.shared.domain.LocalizedText;
import id.klik.shared.domain.ValidationException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;

/**
 * The tenant's program blueprints: the program templates its active clinic template names, in the
 * tenant's own adopted copy where it has one. A tenant without an active clinic template has none.
 */
@ApplicationScoped
public class Blueprints {

  @Inject ActiveClinicService clinic;

  /** A blueprint to start a program from; {@code ref} is {@code <templateId>@<version>}. */
  public record Blueprint(String ref, LocalizedText title, String format, ProgramBody body) {}

  @Transactional
  public List<Blueprint> all() {
    return clinic.guide().map(Blueprints::of).orElse(List.of());
  }

  /** The blueprint with this reference, or a 400 naming the field. */
  @Transactional
  public Blueprint get(String ref) {
    return all().stream()
        .filter(b -> b.ref().equals(ref == null ? null : ref.trim()))
        .findFirst()
        .orElseThrow(() -> ValidationException.of("blueprint", "program.blueprint.unknown", ref));
  }

  private static List<Blueprint> of(ClinicGuide guide) {
    return guide.used(TemplateKind.PROGRAM).stream()
        .map(u -> of(u.named().toString(), u.template()))
        .toList();
  }

  private static Blueprint of(String ref, Template t) {
    ProgramBody body = t.body(ProgramBody.class);
    return new Blueprint(ref, t.header().title(), body.format(), body);
  }
}
