package id.klik.mail.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MailLanguageTest {

  @Test
  void narrowsATagToASupportedLanguage() {
    assertThat(MailLanguage.of("en-GB")).isEqualTo("en");
    assertThat(MailLanguage.of("id_ID")).isEqualTo("id");
  }

  @Test
  void anythingElseGetsBahasaIndonesia() {
    assertThat(MailLanguage.of(null)).isEqualTo("id");
    assertThat(MailLanguage.of("")).isEqualTo("id");
    assertThat(MailLanguage.of("jv")).isEqualTo("id");
  }
}
