package id.klik.guideline.web;

import id.klik.shared.yaml.YamlProblem;
import java.io.Serializable;
import java.util.Locale;

/**
 * One problem of the template being edited, as the editor lists it.
 *
 * @param line the line in the YAML text; 0 when the problem comes from the form
 * @param field where, e.g. {@code phases[0].steps[1].checklist[0].text}
 * @param message in the reader's language
 */
public record EditorProblem(int line, String field, String message) implements Serializable {

  static EditorProblem of(YamlProblem problem, Locale locale) {
    return new EditorProblem(problem.line(), problem.field(), problem.message(locale));
  }

  public int getLine() {
    return line;
  }

  public String getField() {
    return field;
  }

  public String getMessage() {
    return message;
  }
}
