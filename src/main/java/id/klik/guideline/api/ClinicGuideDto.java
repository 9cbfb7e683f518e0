package id.klik.guideline.api;

import id.klik.guideline.domain.ClinicBody;
import id.klik.guideline.domain.ClinicGuide;
import id.klik.guideline.domain.TemplateKind;
import id.klik.guideline.domain.TemplateRef;
import id.klik.shared.domain.LocalizedText;
import java.util.List;
import java.util.Locale;

/**
 * How this clinic works, from its active clinic template: phases, steps and checklists, and the
 * templates it uses (the clinic's own copy where it adopted one). Texts in the caller's language.
 */
public record ClinicGuideDto(
    String template, String title, List<Phase> phases, List<Used> uses, List<String> missing) {

  /** A phase of the clinic's work. */
  public record Phase(String id, String title, List<Step> steps) {}

  /** A step with its responsible role, the program it runs and its checklist. */
  public record Step(
      String id, String title, String responsibleRole, String program, List<Item> checklist) {}

  /** A checklist item. */
  public record Item(String id, String text, boolean required) {}

  /**
   * A template the clinic template uses.
   *
   * @param ownCopy true when the clinic adopted it (and may have customized it)
   */
  public record Used(String ref, String kind, String title, boolean ownCopy) {}

  static ClinicGuideDto of(ClinicGuide guide, Locale locale) {
    List<Used> uses =
        List.of(
                TemplateKind.JOURNEY,
                TemplateKind.FORM,
                TemplateKind.RUBRIC,
                TemplateKind.PROGRAM,
                TemplateKind.INDEX_MODEL)
            .stream()
            .flatMap(kind -> guide.used(kind).stream())
            .map(
                u ->
                    new Used(
                        u.named().toString(),
                        u.template().kind().name(),
                        u.template().header().title().in(locale),
                        u.ownCopy()))
            .toList();
    return new ClinicGuideDto(
        guide.clinic().header().basedOnRef().orElse(guide.clinic().ref()).toString(),
        guide.clinic().header().title().in(locale),
        guide.phases().stream().map(p -> phase(p, locale)).toList(),
        uses,
        guide.missing().stream().map(TemplateRef::toString).toList());
  }

  private static Phase phase(ClinicBody.Phase p, Locale locale) {
    return new Phase(
        p.id(),
        p.title().in(locale),
        p.steps().stream()
            .map(
                s ->
                    new Step(
                        s.id(),
                        s.title().in(locale),
                        s.responsibleRole(),
                        s.program() == null ? null : s.program().toString(),
                        s.checklist().stream()
                            .map(i -> new Item(i.id(), text(i.text(), locale), i.required()))
                            .toList()))
            .toList());
  }

  private static String text(LocalizedText text, Locale locale) {
    return text == null ? "" : text.in(locale);
  }
}
