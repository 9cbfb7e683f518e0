package id.klik.mail.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class MailTemplateTest {

  @Test
  void fillsNamedPlaceholdersInSubjectAndBody() {
    MailTemplate t = MailTemplate.parse("t", "Subject: Hi {name}\n\nDear {name}, see {url}.\n");

    RenderedMail mail = t.render(Map.of("name", "Rina", "url", "https://x"));

    assertThat(mail.subject()).isEqualTo("Hi Rina");
    assertThat(mail.body()).isEqualTo("Dear Rina, see https://x.\n");
  }

  @Test
  void doubledBracesAreLiteralBraces() {
    MailTemplate t = MailTemplate.parse("t", "Subject: s\n\n{{not a placeholder}} {v}");

    assertThat(t.render(Map.of("v", "1")).body()).isEqualTo("{not a placeholder} 1");
  }

  @Test
  void valuesAreInsertedAsTheyAreNeverReadAsPlaceholders() {
    MailTemplate t = MailTemplate.parse("t", "Subject: s\n\n{a}");

    assertThat(t.render(Map.of("a", "{b}")).body()).isEqualTo("{b}");
  }

  @Test
  void aLineBreakInAValueCannotStartANewHeaderInTheSubject() {
    MailTemplate t = MailTemplate.parse("t", "Subject: Hi {name}\n\nbody");

    assertThat(t.render(Map.of("name", "x\r\nBcc: evil@example.com")).subject())
        .isEqualTo("Hi x Bcc: evil@example.com");
  }

  @Test
  void aMissingValueIsAnErrorNamingIt() {
    MailTemplate t = MailTemplate.parse("welcome", "Subject: {a}\n\n{b}");

    assertThatThrownBy(() -> t.render(Map.of("a", "1")))
        .hasMessageContaining("welcome")
        .hasMessageContaining("[b]");
  }

  @Test
  void aTemplateWithoutSubjectLineIsRefused() {
    assertThatThrownBy(() -> MailTemplate.parse("t", "Hello\n\nbody"))
        .hasMessageContaining("Subject:");
  }

  @Test
  void aLoneClosingBraceIsRefused() {
    assertThatThrownBy(() -> MailTemplate.parse("t", "Subject: s\n\na } b"))
        .hasMessageContaining("lone '}'");
  }

  @Test
  void listsItsPlaceholders() {
    MailTemplate t = MailTemplate.parse("t", "Subject: {a}\n\n{b} {a} {c}");

    assertThat(t.placeholders()).containsExactly("a", "b", "c");
  }
}
