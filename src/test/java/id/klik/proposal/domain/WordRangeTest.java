package id.klik.proposal.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class WordRangeTest {

  private static final String BEFORE = "Warga mengurus KTP tanpa antre di kantor kelurahan.";

  @Test
  void quotesItsWords() {
    assertThat(new WordRange(3, 4).quote(Words.of(BEFORE))).isEqualTo("tanpa antre");
  }

  @Test
  void movesWithTheTextWrittenBeforeIt() {
    String after = "Sejak 2023 warga mengurus KTP tanpa antre di kantor kelurahan.";

    var moved = new WordRange(3, 4).follow(WordDiff.between(BEFORE, after));

    assertThat(moved).contains(new WordRange(5, 6));
    assertThat(moved.get().quote(Words.of(after))).isEqualTo("tanpa antre");
  }

  @Test
  void isLostWhenOneOfItsWordsChanged() {
    String after = "Warga mengurus KTP tanpa menunggu di kantor kelurahan.";

    assertThat(new WordRange(3, 4).follow(WordDiff.between(BEFORE, after))).isEmpty();
  }

  @Test
  void isLostWhenSomethingIsWrittenInsideIt() {
    String after = "Warga mengurus KTP tanpa perlu antre di kantor kelurahan.";

    assertThat(new WordRange(3, 4).follow(WordDiff.between(BEFORE, after))).isEmpty();
  }
}
