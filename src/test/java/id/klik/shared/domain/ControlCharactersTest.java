package id.klik.shared.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ControlCharactersTest {

  @ParameterizedTest
  @ValueSource(strings = {"Di\u0000nas", "Bel\u0007", "Esc\u001B", "Del\u007F", "\u0001"})
  void controlCharactersAreFound(String text) {
    assertThat(ControlCharacters.firstIn(text)).isPresent();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"Dinas Kesehatan", "baris satu\nbaris dua\r\n", "kolom\tkolom", "Gedung é ✓"})
  void ordinaryTextTabsAndLineBreaksAreNot(String text) {
    assertThat(ControlCharacters.firstIn(text)).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(ints = {0, 1, 2})
  void theLineOfAPositionCountsLineFeeds(int extraLines) {
    String text = "a\n".repeat(extraLines) + "x\u0000";

    assertThat(ControlCharacters.lineOf(text, text.indexOf('\u0000'))).isEqualTo(extraLines + 1);
  }
}
