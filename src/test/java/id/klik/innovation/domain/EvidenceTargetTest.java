package id.klik.innovation.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.klik.shared.domain.ValidationException;
import java.util.Set;
import org.junit.jupiter.api.Test;

class EvidenceTargetTest {

  private static final Set<String> MODEL = Set.of("sid-16", "sid-35");

  @Test
  void anIndicatorOfTheModelIsATarget() {
    assertThat(EvidenceTarget.of(" SID-16 ", null, MODEL).indicatorId()).contains("sid-16");
  }

  @Test
  void anIndicatorTheModelDoesNotListIsRefusedNamingTheField() {
    assertThatThrownBy(() -> EvidenceTarget.of("sid-99", null, MODEL))
        .isInstanceOfSatisfying(
            ValidationException.class,
            e -> assertThat(e.problems().get(0).field()).isEqualTo("indicator"));
  }

  @Test
  void aSlotIsATarget() {
    assertThat(EvidenceTarget.of("", "business-profile", MODEL).slot())
        .contains(EvidenceSlot.BUSINESS_PROFILE);
  }

  @Test
  void anUnknownSlotIsRefused() {
    assertThatThrownBy(() -> EvidenceTarget.of(null, "video", MODEL))
        .isInstanceOf(ValidationException.class);
  }

  @Test
  void anIndicatorAndASlotTogetherAreRefused() {
    assertThatThrownBy(() -> EvidenceTarget.of("sid-16", "budget", MODEL))
        .isInstanceOf(ValidationException.class);
  }

  @Test
  void neitherIsGeneralEvidence() {
    assertThat(EvidenceTarget.of(null, " ", MODEL)).isEqualTo(EvidenceTarget.GENERAL);
  }
}
