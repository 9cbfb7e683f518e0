package id.klik.mail.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.klik.mail.domain.MailLanguage;
import id.klik.mail.domain.RenderedMail;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The shipped templates: every key in every language, with the same placeholders. */
class MailTemplatesTest {

  private static final Map<String, String> WELCOME =
      Map.of(
          "name", "Admin Klinik Pontianak",
          "tenantName", "Kota Pontianak",
          "username", "admin.pontianak",
          "url", "http://localhost:8080/t/pontianak/");

  @Test
  void welcomeInBahasaIndonesia() {
    RenderedMail mail = MailTemplates.find("welcome", "id").render(WELCOME);

    assertThat(mail.subject()).isEqualTo("Selamat datang di Klinik Inovasi Kota Pontianak");
    assertThat(mail.body())
        .startsWith("Yth. Admin Klinik Pontianak,")
        .contains("nama pengguna admin.pontianak")
        .contains("http://localhost:8080/t/pontianak/");
  }

  @Test
  void welcomeInEnglish() {
    RenderedMail mail = MailTemplates.find("welcome", "en").render(WELCOME);

    assertThat(mail.subject()).isEqualTo("Welcome to the innovation clinic of Kota Pontianak");
    assertThat(mail.body())
        .startsWith("Dear Admin Klinik Pontianak,")
        .contains("username admin.pontianak");
  }

  @Test
  void anUnsupportedLanguageGetsTheIndonesianText() {
    assertThat(MailTemplates.find("welcome", "jv").render(WELCOME).subject())
        .startsWith("Selamat datang");
  }

  @Test
  void bothLanguagesUseTheSamePlaceholders() {
    for (String language : MailLanguage.SUPPORTED) {
      assertThat(MailTemplates.find("welcome", language).placeholders())
          .as(language)
          .containsExactlyInAnyOrderElementsOf(WELCOME.keySet());
    }
  }

  @Test
  void anUnknownTemplateIsAnError() {
    assertThatThrownBy(() -> MailTemplates.find("nope", "id")).hasMessageContaining("nope_id");
  }
}
