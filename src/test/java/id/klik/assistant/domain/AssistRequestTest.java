package id.klik.assistant.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.klik.shared.domain.ValidationException;
import java.util.List;
import org.junit.jupiter.api.Test;

class AssistRequestTest {

  @Test
  void asksForTheSectionAgainstItsGuidanceAndCriteriaKeepingTheWritersFacts() {
    AssistRequest request =
        new AssistRequest(
            "Rancang bangun",
            "Jelaskan latar belakang, tujuan, dan tahapan inovasi.",
            List.of("Kebaruan (30%)", "Manfaat (40%)"),
            "SiAntre memotong antrean puskesmas dari 3 jam menjadi 20 menit.",
            "id");

    List<ChatMessage> messages = request.messages();

    assertThat(messages).extracting(ChatMessage::role).containsExactly("system", "user");
    assertThat(messages.get(0).content()).contains("jangan menambah fakta baru");
    assertThat(messages.get(1).content())
        .contains("Bagian: Rancang bangun")
        .contains("Panduan bagian: Jelaskan latar belakang")
        .contains("- Kebaruan (30%)")
        .contains("- Manfaat (40%)")
        .endsWith("SiAntre memotong antrean puskesmas dari 3 jam menjadi 20 menit.");
  }

  @Test
  void refusesAnEmptySectionAndOneTooLongWithTheirReasons() {
    assertThatThrownBy(() -> new AssistRequest("A", "", List.of(), "  ", "id"))
        .isInstanceOfSatisfying(
            ValidationException.class,
            e -> assertThat(e.problems().get(0).messageKey()).isEqualTo("assistant.textEmpty"));
    String tooLong = "kata ".repeat(AssistRequest.MAX_TEXT_CHARS / 5 + 1);
    assertThatThrownBy(() -> new AssistRequest("A", "", List.of(), tooLong, "id"))
        .isInstanceOfSatisfying(
            ValidationException.class,
            e -> assertThat(e.problems().get(0).messageKey()).isEqualTo("assistant.textTooLong"));
  }

  @Test
  void boundsTheGuidanceAndTheCriteria() {
    List<String> many = java.util.stream.IntStream.range(0, 50).mapToObj(i -> "k" + i).toList();
    AssistRequest request = new AssistRequest("A", "g".repeat(10_000), many, "Teks.", "en");

    assertThat(request.guidance()).hasSize(AssistRequest.MAX_GUIDANCE_CHARS);
    assertThat(request.criteria()).hasSize(AssistRequest.MAX_CRITERIA);
    assertThat(request.messages().get(0).content()).contains("The writer reads English");
  }
}
