package id.klik.innovation.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class WordCountTest {

  @Test
  void nothingWrittenIsNoWords() {
    assertThat(WordCount.of(null)).isZero();
    assertThat(WordCount.of("  \n\t ")).isZero();
  }

  @Test
  void wordsAreSeparatedByAnyWhiteSpace() {
    assertThat(WordCount.of("Layanan  adminduk\tkeliling\nkelurahan")).isEqualTo(4);
  }

  @Test
  void aHyphenatedReduplicationIsOneWord() {
    assertThat(WordCount.of("anak-anak dan ibu-ibu di kelurahan-kelurahan")).isEqualTo(5);
  }

  @Test
  void numbersAreWords() {
    assertThat(WordCount.of("Sejak 2023 melayani 1.500 warga, 25% lebih cepat")).isEqualTo(8);
  }

  @Test
  void punctuationStandingAloneIsNoWord() {
    assertThat(WordCount.of("Masalah – antrean panjang ... dan — , ; keluhan !")).isEqualTo(5);
  }

  @Test
  void dashesBetweenWordsWithoutSpacesSeparateThem() {
    assertThat(WordCount.of("perencanaan—penganggaran–pelaporan")).isEqualTo(3);
  }

  @Test
  void punctuationAttachedToAWordKeepsItOneWord() {
    assertThat(WordCount.of("(SIPADU), \"kampung\" tangguh.")).isEqualTo(3);
  }

  @Test
  void threeHundredWordsCountAsThreeHundred() {
    String narrative = "kata-kata ".repeat(299) + "akhir.";
    assertThat(WordCount.of(narrative)).isEqualTo(300);
  }
}
