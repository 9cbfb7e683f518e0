package id.klik.guideline.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class TemplateVersionTest {

  private static List<String> sorted(String... versions) {
    return Stream.of(versions)
        .map(TemplateVersion::of)
        .sorted()
        .map(TemplateVersion::toString)
        .toList();
  }

  @Test
  void semanticVersionsOrderNumerically() {
    assertThat(sorted("1.10.0", "1.2.0", "1.2.10", "1.2.9", "0.9.0"))
        .containsExactly("0.9.0", "1.2.0", "1.2.9", "1.2.10", "1.10.0");
  }

  @Test
  void theNextVersionOfAYearVersionCountsOnWithinTheYear() {
    assertThat(TemplateVersion.of("2025.9").next()).hasToString("2025.10");
  }

  @Test
  void theNextVersionOfASemanticVersionIsTheNextMinorOrTheRelease() {
    assertThat(List.of("1.2.3", "2.0.0-rc.1").stream().map(v -> TemplateVersion.of(v).next()))
        .extracting(TemplateVersion::toString)
        .containsExactly("1.3.0", "2.0.0");
  }

  @Test
  void aPreReleaseComesBeforeItsRelease() {
    assertThat(sorted("1.0.0", "1.0.0-rc.10", "1.0.0-rc.2", "1.0.0-alpha"))
        .containsExactly("1.0.0-alpha", "1.0.0-rc.2", "1.0.0-rc.10", "1.0.0");
  }

  @Test
  void yearVersionsOrderByYearThenNumber() {
    assertThat(sorted("2025.10", "2025.2", "2024.1", "2025.1"))
        .containsExactly("2024.1", "2025.1", "2025.2", "2025.10");
  }

  @Test
  void newerThanIsStrict() {
    assertThat(TemplateVersion.of("2025.1").isNewerThan(TemplateVersion.of("2024.1"))).isTrue();
    assertThat(TemplateVersion.of("2025.1").isNewerThan(TemplateVersion.of("2025.1"))).isFalse();
  }

  @Test
  void otherTextIsNotAVersion() {
    assertThatThrownBy(() -> TemplateVersion.of("v2")).isInstanceOf(IllegalArgumentException.class);
    assertThat(TemplateVersion.isValid("2025")).isFalse();
    assertThat(TemplateVersion.isValid("01.0.0")).isFalse();
  }

  @Test
  void aReferenceIsIdAtVersion() {
    TemplateRef ref = TemplateRef.parse("klik-pontianak@2024.1");

    assertThat(ref.templateId()).isEqualTo("klik-pontianak");
    assertThat(ref.version().isYearBased()).isTrue();
    assertThat(ref).hasToString("klik-pontianak@2024.1");
  }
}
