package id.klik.guideline.domain.edit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import id.klik.guideline.domain.TemplateReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Template trees for the outline specifications: small ones inline, the real ones from files. */
final class Trees {

  private static final YAMLMapper YAML = new YAMLMapper();

  static final String CLINIC =
      """
      kind: clinic
      id: demo-clinic
      version: "1.0.0"
      title: Demo
      publisher: {tenant: pontianak, name: Bappeda Kota Pontianak}
      source: test
      uses: {journey: design-thinking@1.0.0}
      phases:
        - id: planning
          title: {id: Perencanaan, en: Planning}
          steps:
            - id: kickoff
              title: {id: Rapat perdana, en: Kick-off meeting}
              responsibleRole: clinic-admin
              checklist:
                - {id: invite, text: {id: Undang perangkat daerah, en: Invite the work units}, required: true}
                - {id: agenda, text: Susun agenda, evidence: Notulen}
                - {id: room, text: {id: Pesan ruangan, en: Book a room}}
            - id: plan
              title: {id: Rencana kerja, en: Work plan}
              guidance: Susun rencana bersama
        - id: evaluation
          title: {id: Evaluasi, en: Evaluation}
          steps:
            - id: report
              title: {id: Laporan, en: Report}
      """;

  static final String FORM =
      """
      kind: form
      id: demo-form
      version: "1.0.0"
      title: Demo
      publisher: {name: KLIK}
      source: test
      purpose: proposal
      sections:
        - id: background
          title: {id: Latar belakang, en: Background}
          minWords: 100
          fields:
            - {id: summary, label: Ringkasan, type: long-text}
        - id: goals
          title: {id: Tujuan, en: Goals}
          required: true
      """;

  static final String RUBRIC =
      """
      kind: rubric
      id: demo-rubric
      version: "1.0.0"
      title: Demo
      publisher: {name: KLIK}
      source: test
      scale:
        levels:
          - {id: low, score: 1, label: Rendah}
          - {id: high, score: 4, label: Tinggi}
      criteria:
        - {id: novelty, title: {id: Kebaruan, en: Novelty}, weight: 25, guidance: "Apa yang baru?"}
        - {id: effectiveness, title: {id: Efektif, en: Effective}, weight: 20}
        - {id: benefit, title: {id: Bermanfaat, en: Beneficial}, weight: 25}
        - {id: transferability, title: {id: Mudah direplikasi, en: Easy to spread}, weight: 15}
        - {id: sustainability, title: {id: Berkelanjutan, en: Sustainable}, weight: 15}
      """;

  private Trees() {}

  static JsonNode yaml(String text) {
    try {
      return YAML.readTree(text);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The ids of the items of a list, in order. */
  static List<String> ids(JsonNode list) {
    List<String> ids = new ArrayList<>();
    list.forEach(item -> ids.add(item.path("id").asText()));
    return ids;
  }

  /** A template file of the repository, read and checked as the application reads it. */
  static JsonNode file(String path) {
    try {
      Path file = Path.of(path);
      return new TemplateReader()
          .read(file.getFileName().toString(), Files.readString(file))
          .orThrow()
          .tree();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
