package id.klik.identity.domain;

import static org.assertj.core.api.Assertions.assertThat;

import id.klik.shared.domain.FieldProblem;
import org.junit.jupiter.api.Test;

class PasswordRulesTest {

  @Test
  void aLongEnoughPasswordTypedTwicePasses() {
    assertThat(PasswordRules.check("sungai kapuas 7", "sungai kapuas 7")).isEmpty();
  }

  @Test
  void aShortPasswordIsRefusedWithTheMinimum() {
    assertThat(PasswordRules.check("short", "short"))
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.messageKey()).isEqualTo("invitation.password.tooShort");
              assertThat(p.args()).containsExactly(PasswordRules.MIN_LENGTH);
            });
  }

  @Test
  void theConfirmationMustMatch() {
    assertThat(PasswordRules.check("sungai kapuas 7", "sungai kapuas 8"))
        .extracting(FieldProblem::field, FieldProblem::messageKey)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("confirmation", "invitation.password.mismatch"));
  }

  @Test
  void noPasswordIsAskedFor() {
    assertThat(PasswordRules.check(null, null))
        .extracting(FieldProblem::messageKey)
        .containsExactly("invitation.password.required");
  }
}
