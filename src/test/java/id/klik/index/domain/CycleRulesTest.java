package id.klik.index.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.klik.shared.domain.ValidationException;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class CycleRulesTest {

  @Test
  void theDefaultWindowOfA2026ModelIsTheTwoYearsBefore() {
    ApplicationWindow window = CycleRules.defaultWindow(2026);

    assertThat(window.from()).isEqualTo(LocalDate.of(2024, 1, 1));
    assertThat(window.to()).isEqualTo(LocalDate.of(2025, 12, 31));
  }

  @Test
  void anInnovationInOneOtherCycleMayBeEnteredAgainButNotInAThird() {
    CycleRules.requireEnterable(0);
    CycleRules.requireEnterable(1);

    assertThatThrownBy(() -> CycleRules.requireEnterable(2))
        .isInstanceOfSatisfying(
            ValidationException.class,
            e ->
                assertThat(e.problems())
                    .extracting(p -> p.messageKey())
                    .containsExactly("index.enteredTwice"));
  }

  @Test
  void aWindowEndingBeforeItStartsIsRefused() {
    assertThatThrownBy(
            () -> CycleRules.window(LocalDate.of(2025, 1, 1), LocalDate.of(2024, 12, 31)))
        .isInstanceOf(ValidationException.class);
  }
}
