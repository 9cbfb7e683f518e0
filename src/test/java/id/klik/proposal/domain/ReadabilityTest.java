package id.klik.proposal.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ReadabilityTest {

  private static String words(int n) {
    StringBuilder b = new StringBuilder("Warga");
    for (int i = 1; i < n; i++) {
      b.append(i % 7 == 0 ? " pelayanan" : " dapat");
    }
    return b.toString();
  }

  @Test
  void aSentenceOfMoreThanFortyWordsIsFlagged() {
    String text = "Inovasi ini sederhana. " + words(45) + ". Hasilnya baik.";

    List<Finding> found = Readability.of("s", text, text);

    assertThat(found).extracting(Finding::code).containsExactly("proposal.check.longSentence");
    assertThat(found.get(0).args().get(0)).isEqualTo("45");
  }

  @Test
  void fortyWordsAreStillFine() {
    String text = words(40) + ".";

    assertThat(Readability.of("s", text, text)).isEmpty();
  }

  @Test
  void aLongParagraphWithoutASentenceEndIsFlaggedOnceAsSuch() {
    String text = words(60) + "\n\nKalimat kedua pendek.";

    assertThat(Readability.of("s", text, text))
        .extracting(Finding::code)
        .containsExactly("proposal.check.paragraphNoBreak");
  }

  @Test
  void sentencesAreSplitAtTheirEndsNotAtAbbreviationDots() {
    assertThat(
            Readability.sentences(
                "Biaya Rp 1.500.000 per tahun, dll. untuk warga. Warga senang! Apakah cepat? Ya."))
        .containsExactly(
            "Biaya Rp 1.500.000 per tahun, dll. untuk warga.",
            "Warga senang!",
            "Apakah cepat?",
            "Ya.");
  }

  @Test
  void anAbbreviationNeverExplainedIsFlagged() {
    String text = "Aplikasi SIPADU dipakai oleh OPD di kota.";

    assertThat(Readability.unexplained(text, text)).containsExactly("SIPADU", "OPD");
  }

  @Test
  void anAbbreviationFollowedByItsExpansionIsExplained() {
    String text =
        "Aplikasi SIPADU (Sistem Informasi Pelayanan Terpadu) memudahkan warga. SIPADU gratis.";

    assertThat(Readability.unexplained(text, text)).isEmpty();
  }

  @Test
  void anAbbreviationInParenthesesAfterItsExpansionIsExplained() {
    String text = "Setiap Organisasi Perangkat Daerah (OPD) ikut. Tiap OPD melapor.";

    assertThat(Readability.unexplained(text, text)).isEmpty();
  }

  @Test
  void anExplanationInAnotherSectionCounts() {
    String section = "OPD melapor tiap bulan.";
    String whole = "Latar: Organisasi Perangkat Daerah (OPD) di kota.\n\n" + section;

    assertThat(Readability.unexplained(section, whole)).isEmpty();
  }

  @Test
  void commonAbbreviationsAndRomanNumeralsAreLeftAlone() {
    String text = "ASN dan PNS di RT 03 RW II memakai KTP dan NIK, dibiayai APBD.";

    assertThat(Readability.unexplained(text, text)).isEmpty();
  }

  @Test
  void capitalisedWordsAreNoAbbreviations() {
    String text = "Kelurahan Akcaya di Pontianak Selatan.";

    assertThat(Readability.unexplained(text, text)).isEmpty();
  }

  @Test
  void aReadableIndonesianParagraphHasNoFindings() {
    String text =
        "Warga Kelurahan Akcaya dulu harus datang ke kantor untuk mengurus surat pengantar."
            + " Kini Layanan Surat Daring (LSD) menerima permohonan lewat ponsel."
            + " Petugas memeriksa data dan mengirim surat dalam satu hari kerja.";

    assertThat(Readability.of("s", text, text)).isEmpty();
  }
}
