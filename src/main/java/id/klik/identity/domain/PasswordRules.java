package id.klik.identity.domain;

import id.klik.shared.domain.FieldProblem;
import java.util.ArrayList;
import java.util.List;

/**
 * The password an invited person chooses: at least {@value #MIN_LENGTH} characters (length beats
 * complexity rules people work around), at most {@value #MAX_LENGTH}, typed the same twice.
 * Keycloak's realm policy may ask for more; its refusal is reported as well.
 */
public final class PasswordRules {

  public static final int MIN_LENGTH = 10;
  public static final int MAX_LENGTH = 128;

  private PasswordRules() {}

  public static List<FieldProblem> check(String password, String confirmation) {
    List<FieldProblem> problems = new ArrayList<>();
    if (password == null || password.isEmpty()) {
      problems.add(FieldProblem.of("password", "invitation.password.required"));
      return problems;
    }
    if (password.codePointCount(0, password.length()) < MIN_LENGTH) {
      problems.add(FieldProblem.of("password", "invitation.password.tooShort", MIN_LENGTH));
    } else if (password.length() > MAX_LENGTH) {
      problems.add(FieldProblem.of("password", "invitation.password.tooLong", MAX_LENGTH));
    } else if (password.isBlank()) {
      problems.add(FieldProblem.of("password", "invitation.password.blank"));
    }
    if (!password.equals(confirmation)) {
      problems.add(FieldProblem.of("confirmation", "invitation.password.mismatch"));
    }
    return problems;
  }
}
