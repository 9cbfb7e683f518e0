package id.klik.guideline.application;

import id.klik.guideline.domain.InvalidTemplateException;
import id.klik.shared.domain.FieldProblem;
import id.klik.shared.domain.ValidationException;
import java.util.List;

/** A template's problems (line, field, both languages) as the 400 answer of the API and pages. */
final class TemplateProblems {

  private TemplateProblems() {}

  static ValidationException invalid(InvalidTemplateException e) {
    return new ValidationException(
        e.problems().stream()
            .map(
                p ->
                    new FieldProblem(
                        p.line(),
                        p.field(),
                        "template.problem",
                        List.of(p.messageId(), p.messageEn())))
            .toList());
  }
}
