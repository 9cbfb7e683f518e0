package id.klik.shared.domain;

import java.util.List;

/** The input breaks one or more rules; nothing was written. */
public class ValidationException extends KlikException {

  private final transient List<FieldProblem> problems;

  public ValidationException(List<FieldProblem> problems) {
    super("error.validation", problems.size());
    this.problems = List.copyOf(problems);
  }

  public static ValidationException of(String field, String messageKey, Object... args) {
    return new ValidationException(List.of(FieldProblem.of(field, messageKey, args)));
  }

  public List<FieldProblem> problems() {
    return problems;
  }

  @Override
  public int status() {
    return 400;
  }
}
