package id.klik.guideline.domain;

import id.klik.shared.yaml.YamlProblem;
import java.util.List;
import java.util.Optional;

/**
 * The outcome of reading a template file.
 *
 * @param template present when the file has the structure of its kind, even if it still breaks a
 *     rule the schema cannot express (e.g. rubric weights not adding up); absent when it cannot be
 *     understood at all
 * @param problems everything wrong, with file, line and field; empty when the template is valid
 */
public record TemplateReading(Optional<Template> template, List<YamlProblem> problems) {

  public TemplateReading {
    problems = List.copyOf(problems);
  }

  public boolean valid() {
    return problems.isEmpty() && template.isPresent();
  }

  /** The template, or an {@link InvalidTemplateException} listing the problems. */
  public Template orThrow() {
    if (!valid()) {
      throw new InvalidTemplateException(problems);
    }
    return template.orElseThrow();
  }
}
