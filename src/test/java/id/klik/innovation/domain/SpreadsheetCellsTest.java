package id.klik.innovation.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SpreadsheetCellsTest {

  @ParameterizedTest
  @ValueSource(strings = {"=HYPERLINK(\"http://x\")", "+1+1", "-2+3", "@SUM(A1)", "\t=1", "\r=1"})
  void aFormulaLookingCellIsWrittenAsText(String value) {
    assertThat(SpreadsheetCells.neutralize(value)).isEqualTo("'" + value);
  }

  @ParameterizedTest
  @ValueSource(strings = {"Layanan Prima", "2024", "", "'quoted'"})
  void otherCellsAreLeftAsTheyAre(String value) {
    assertThat(SpreadsheetCells.neutralize(value)).isEqualTo(value);
  }

  @ParameterizedTest
  @ValueSource(strings = {"=1+1", "- butir pertama", "@mention", "plain", "'quoted'"})
  void anExportedCellImportsBackToItsValue(String value) {
    assertThat(SpreadsheetCells.restore(SpreadsheetCells.neutralize(value))).isEqualTo(value);
  }
}
