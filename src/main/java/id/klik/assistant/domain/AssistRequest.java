package id.klik.assistant.domain;

import id.klik.shared.domain.FieldProblem;
import id.klik.shared.domain.ValidationException;
import java.util.ArrayList;
import java.util.List;

/**
 * What the writer asks the assistant about: one section's text with its title, the form's guidance
 * for it and the rubric's criteria, in the writer's language ({@code id} or {@code en}). The
 * messages ask for a suggestion of a better text of the section, in Indonesian, that keeps the
 * writer's facts and invents none.
 */
public record AssistRequest(
    String sectionTitle, String guidance, List<String> criteria, String text, String language) {

  /** The longest section text sent to a model (a 5,000-word section is about 40,000 chars). */
  public static final int MAX_TEXT_CHARS = 60_000;

  static final int MAX_GUIDANCE_CHARS = 4_000;
  static final int MAX_CRITERIA = 20;

  public AssistRequest {
    sectionTitle = sectionTitle == null ? "" : sectionTitle.strip();
    guidance = cut(guidance == null ? "" : guidance.strip(), MAX_GUIDANCE_CHARS);
    criteria =
        criteria == null
            ? List.of()
            : criteria.stream()
                .limit(MAX_CRITERIA)
                .map(c -> cut(c.strip(), 300))
                .filter(c -> !c.isEmpty())
                .toList();
    text = text == null ? "" : text.strip();
    language = "en".equals(language) ? "en" : "id";
    if (text.isEmpty()) {
      throw new ValidationException(List.of(FieldProblem.of("text", "assistant.textEmpty")));
    }
    if (text.length() > MAX_TEXT_CHARS) {
      throw new ValidationException(
          List.of(FieldProblem.of("text", "assistant.textTooLong", MAX_TEXT_CHARS)));
    }
  }

  /** The system message and the user's message the model gets. */
  public List<ChatMessage> messages() {
    StringBuilder system = new StringBuilder();
    system.append(
        "Anda adalah asisten penulisan proposal inovasi daerah di Indonesia. Perbaiki teks satu"
            + " bagian proposal agar jelas, runtut, dan sesuai panduan bagian serta kriteria"
            + " penilaian. Tulis dalam bahasa Indonesia yang baku dan lugas, kalimat pendek,"
            + " singkatan dijelaskan saat pertama muncul. Pertahankan semua fakta, angka, dan nama"
            + " dari teks penulis; jangan menambah fakta baru. Jawab hanya dengan teks bagian yang"
            + " sudah diperbaiki, tanpa pengantar.");
    if ("en".equals(language)) {
      system.append(" (The writer reads English; the proposal itself stays in Indonesian.)");
    }
    StringBuilder user = new StringBuilder();
    user.append("Bagian: ").append(sectionTitle.isEmpty() ? "-" : sectionTitle).append('\n');
    if (!guidance.isEmpty()) {
      user.append("Panduan bagian: ").append(guidance).append('\n');
    }
    if (!criteria.isEmpty()) {
      user.append("Kriteria penilaian:\n");
      criteria.forEach(c -> user.append("- ").append(c).append('\n'));
    }
    user.append("\nTeks penulis:\n").append(text);
    List<ChatMessage> messages = new ArrayList<>();
    messages.add(new ChatMessage("system", system.toString()));
    messages.add(new ChatMessage("user", user.toString()));
    return List.copyOf(messages);
  }

  private static String cut(String s, int max) {
    return s.length() <= max ? s : s.substring(0, max);
  }
}
