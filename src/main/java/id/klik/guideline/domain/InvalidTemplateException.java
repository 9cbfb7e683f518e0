package id.klik.guideline.domain;

import id.klik.shared.yaml.YamlProblem;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** A template that breaks its schema or its kind's rules; the problems say where and why. */
public class InvalidTemplateException extends TemplateRuleException {

  private final List<YamlProblem> problems;

  public InvalidTemplateException(List<YamlProblem> problems) {
    super(problems.stream().map(p -> p.format(Locale.ENGLISH)).collect(Collectors.joining("; ")));
    this.problems = List.copyOf(problems);
  }

  public List<YamlProblem> problems() {
    return problems;
  }
}
