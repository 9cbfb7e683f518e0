package id.klik.tenancy.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class BrandColorTest {

  @Test
  void blackOnWhiteIsTheLargestContrast() {
    assertThat(BrandColor.contrastWithWhite("#000000")).isCloseTo(21.0, within(0.01));
  }

  @Test
  void whiteOnWhiteHasNoContrast() {
    assertThat(BrandColor.contrastWithWhite("#FFFFFF")).isCloseTo(1.0, within(0.01));
  }

  @Test
  void aDarkEnoughColourIsKept() {
    assertThat(BrandColor.behindWhiteText(Optional.of("#1a4d8f"))).isEqualTo("#1A4D8F");
  }

  @Test
  void aColourTooLightForWhiteTextFallsBackToTheDefault() {
    // yellow: about 1.1:1 against white
    assertThat(BrandColor.behindWhiteText(Optional.of("#FFD700"))).isEqualTo(BrandColor.DEFAULT);
  }

  @Test
  void justBelowTheThresholdFallsBack() {
    // #777777 is 4.48:1, the classic near miss
    assertThat(BrandColor.contrastWithWhite("#777777")).isLessThan(4.5);
    assertThat(BrandColor.behindWhiteText(Optional.of("#777777"))).isEqualTo(BrandColor.DEFAULT);
  }

  @Test
  void noColourGivesTheDefault() {
    assertThat(BrandColor.behindWhiteText(Optional.empty())).isEqualTo(BrandColor.DEFAULT);
  }

  @Test
  void theDefaultItselfPassesAa() {
    assertThat(BrandColor.contrastWithWhite(BrandColor.DEFAULT)).isGreaterThanOrEqualTo(4.5);
  }
}
