package id.klik.innovation.domain.replication;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** What the directory shows of a shared innovation's summary. */
class SharedInnovationTest {

  @Test
  void aShortSummaryIsShownAsWrittenWithItsSpacesTidied() {
    assertThat(SharedInnovation.summaryOf("  Layanan\n antar   jemput  "))
        .isEqualTo("Layanan antar jemput");
  }

  @Test
  void aLongSummaryIsCutAtAWordWithAnEllipsis() {
    String summary = SharedInnovation.summaryOf("kata ".repeat(300));

    assertThat(summary).hasSizeLessThanOrEqualTo(SharedInnovation.SUMMARY_LENGTH).endsWith("kata…");
  }

  @Test
  void noTextIsNoSummary() {
    assertThat(SharedInnovation.summaryOf("  ")).isNull();
  }
}
