package id.klik.innovation.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.klik.shared.domain.ValidationException;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class InnovationTest {

  static final GovernmentAffairs AFFAIRS = GovernmentAffairs.master();

  @Test
  void aNewInnovationStartsItsHistoryWithItsStageAndStatus() {
    var created =
        Innovation.create(
            InnovationRulesTest.applied(), "staf", InnovationRulesTest.TODAY, AFFAIRS);
    assertThat(created.changes())
        .containsExactly(
            new StatusChange("stage", null, "penerapan"),
            new StatusChange("status", null, "aktif"));
    assertThat(created.innovation().createdBy()).isEqualTo("staf");
  }

  @Test
  void aChangeOfStageIsReturnedForTheHistoryAndOtherEditsAreNot() {
    var trial =
        InnovationRulesTest.with(
            InnovationRulesTest.applied(), LocalDate.of(2024, 2, 1), null, "uji-coba");
    Innovation innovation =
        Innovation.create(trial, "a", InnovationRulesTest.TODAY, AFFAIRS).innovation();
    assertThat(innovation.change(trial, "b", InnovationRulesTest.TODAY, AFFAIRS)).isEmpty();
    assertThat(
            innovation.change(
                InnovationRulesTest.applied(), "b", InnovationRulesTest.TODAY, AFFAIRS))
        .containsExactly(new StatusChange("stage", "uji-coba", "penerapan"));
    assertThat(innovation.updatedBy()).isEqualTo("b");
  }

  @Test
  void theNarrativesWordsAreCountedWhenItIsWritten() {
    Innovation innovation =
        Innovation.create(InnovationRulesTest.applied(), "a", InnovationRulesTest.TODAY, AFFAIRS)
            .innovation();
    assertThat(innovation.narrativeWords()).isEqualTo(3);
  }

  @Test
  void aRefusedChangeLeavesTheInnovationAsItWas() {
    InnovationProfile before = InnovationRulesTest.applied();
    Innovation innovation =
        Innovation.create(before, "a", InnovationRulesTest.TODAY, AFFAIRS).innovation();
    var broken = InnovationRulesTest.with(before, null, null, "penerapan");
    assertThatThrownBy(() -> innovation.change(broken, "b", InnovationRulesTest.TODAY, AFFAIRS))
        .isInstanceOf(ValidationException.class);
    assertThat(innovation.profile()).isEqualTo(before);
    assertThat(innovation.updatedBy()).isEqualTo("a");
  }
}
