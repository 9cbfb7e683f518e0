package id.klik.shared.yaml;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class YamlProblemTest {

  private final YamlProblem problem =
      new YamlProblem("tenant.yaml", 4, "regionCode", "Kode salah.", "Wrong code.");

  @Test
  void indonesianLocaleGetsTheIndonesianMessage() {
    assertThat(problem.message(Locale.forLanguageTag("id-ID"))).isEqualTo("Kode salah.");
  }

  @Test
  void everyOtherLocaleGetsEnglish() {
    assertThat(problem.message(Locale.FRENCH)).isEqualTo("Wrong code.");
  }

  @Test
  void formatNamesFileLineAndField() {
    assertThat(problem.format(Locale.ENGLISH))
        .isEqualTo("tenant.yaml, line 4, field 'regionCode': Wrong code.");
  }

  @Test
  void formatLeavesOutWhatIsUnknown() {
    assertThat(new YamlProblem("a.yaml", 0, null, "Kosong.", "Empty.").format(Locale.ENGLISH))
        .isEqualTo("a.yaml: Empty.");
  }
}
