package id.klik.audit.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CsvCellTest {

  @ParameterizedTest
  @ValueSource(strings = {"=HYPERLINK(\"x\")", "+1", "-1+2", "@SUM(A1)", "\tx", "\rx"})
  void aCellASpreadsheetWouldRunIsShownAsText(String value) {
    assertThat(CsvCell.of(value)).startsWith("\"'");
  }

  @Test
  void quotesAreDoubledAndEveryCellQuoted() {
    assertThat(CsvCell.of("Tim \"Hebat\", Pontianak"))
        .isEqualTo("\"Tim \"\"Hebat\"\", Pontianak\"");
  }

  @Test
  void plainTextStaysAsItIs() {
    assertThat(CsvCell.of("CREATE")).isEqualTo("\"CREATE\"");
  }

  @Test
  void aMissingValueIsAnEmptyCell() {
    assertThat(CsvCell.of(null)).isEqualTo("\"\"");
  }

  @Test
  void aLineEndsWithCrLf() {
    assertThat(CsvCell.line("a", "b")).isEqualTo("\"a\",\"b\"\r\n");
  }
}
