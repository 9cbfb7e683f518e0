package id.klik.guideline.domain;

import id.klik.shared.domain.FieldProblem;
import id.klik.shared.domain.ValidationException;
import id.klik.shared.yaml.YamlProblem;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * A template that breaks its schema or its kind's rules; the problems say where (line, field) and
 * why. Each problem already comes in both languages from the schema's messages, so it travels as
 * the arguments of {@code template.problem}.
 */
public class InvalidTemplateException extends ValidationException {

  private final transient List<YamlProblem> problems;

  public InvalidTemplateException(List<YamlProblem> problems) {
    super(
        problems.stream()
            .map(
                p ->
                    new FieldProblem(
                        p.line(),
                        p.field(),
                        "template.problem",
                        List.of(p.messageId(), p.messageEn())))
            .toList());
    this.problems = List.copyOf(problems);
  }

  /** The problems in English, for logs (a broken file on disk is reported there). */
  @Override
  public String getMessage() {
    return problems.stream().map(p -> p.format(Locale.ENGLISH)).collect(Collectors.joining("; "));
  }
}
