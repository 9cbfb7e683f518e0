package id.klik.guideline.domain;

import java.util.ArrayList;
import java.util.List;

/**
 * The other templates a template builds on: a clinic names its journey, forms, rubrics, programs
 * and index model; a program may name the forms and rubrics it uses.
 */
public record TemplateUses(
    TemplateRef journey,
    TemplateRef indexModel,
    List<TemplateRef> forms,
    List<TemplateRef> rubrics,
    List<TemplateRef> programs) {

  public static final TemplateUses NONE =
      new TemplateUses(null, null, List.of(), List.of(), List.of());

  public TemplateUses {
    forms = forms == null ? List.of() : List.copyOf(forms);
    rubrics = rubrics == null ? List.of() : List.copyOf(rubrics);
    programs = programs == null ? List.of() : List.copyOf(programs);
  }

  /** Every referenced template, in the order written. */
  public List<TemplateRef> all() {
    List<TemplateRef> all = new ArrayList<>();
    if (journey != null) {
      all.add(journey);
    }
    if (indexModel != null) {
      all.add(indexModel);
    }
    all.addAll(forms);
    all.addAll(rubrics);
    all.addAll(programs);
    return all;
  }
}
