package id.klik.shared.files;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A download is always an attachment, under a name that cannot break the header. */
class ContentDispositionTest {

  @Test
  void aPlainNameIsQuoted() {
    assertThat(ContentDisposition.attachment("units.csv"))
        .isEqualTo("attachment; filename=\"units.csv\"; filename*=UTF-8''units.csv");
  }

  @Test
  void quotesAndLineBreaksCannotEndTheHeader() {
    String header = ContentDisposition.attachment("a\"b\r\nSet-Cookie: x.csv");

    assertThat(header).doesNotContain("\r", "\n").startsWith("attachment; filename=\"a_b__Set");
    assertThat(header).contains("filename*=UTF-8''a%22b%0D%0ASet-Cookie%3A%20x.csv");
  }

  @Test
  void aNameBeyondAsciiKeepsItsLettersInTheUtf8Form() {
    assertThat(ContentDisposition.attachment("unit kerja é.csv"))
        .contains("filename=\"unit kerja _.csv\"")
        .contains("filename*=UTF-8''unit%20kerja%20%C3%A9.csv");
  }
}
