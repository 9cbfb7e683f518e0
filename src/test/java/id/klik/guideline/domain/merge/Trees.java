package id.klik.guideline.domain.merge;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/** Small template trees for the diff and merge specifications. */
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
      uses: {journey: design-thinking@1.0.0, programs: [academy@1.0.0]}
      phases:
        - id: planning
          title: {id: Perencanaan, en: Planning}
          steps:
            - id: kickoff
              title: {id: Rapat perdana, en: Kick-off meeting}
              checklist:
                - {id: invite, text: {id: Undang perangkat daerah, en: Invite the work units}}
                - {id: agenda, text: {id: Susun agenda, en: Prepare the agenda}}
            - id: plan
              title: {id: Rencana kerja, en: Work plan}
            - id: budget
              title: {id: Anggaran, en: Budget}
        - id: evaluation
          title: {id: Evaluasi, en: Evaluation}
          steps:
            - id: report
              title: {id: Laporan, en: Report}
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
        - {id: novelty, title: {id: Kebaruan, en: Novelty}, weight: 25}
        - {id: effectiveness, title: {id: Efektif, en: Effective}, weight: 20}
        - {id: benefit, title: {id: Bermanfaat, en: Beneficial}, weight: 25}
        - {id: transferability, title: {id: Mudah direplikasi, en: Easy to spread}, weight: 15}
        - {id: sustainability, title: {id: Berkelanjutan, en: Sustainable}, weight: 15}
      """;

  private Trees() {}

  static ObjectNode yaml(String text) {
    try {
      return (ObjectNode) YAML.readTree(text);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The ids of a phase's steps, in order. */
  static List<String> stepIds(JsonNode tree, int phase) {
    List<String> ids = new ArrayList<>();
    tree.at("/phases/" + phase + "/steps").forEach(step -> ids.add(step.get("id").asText()));
    return ids;
  }

  /** A phase's steps, to edit a copy in a test. */
  static ArrayNode steps(ObjectNode tree, int phase) {
    return (ArrayNode) tree.at("/phases/" + phase + "/steps");
  }

  static ObjectNode clinic() {
    return yaml(CLINIC);
  }

  static ObjectNode rubric() {
    return yaml(RUBRIC);
  }

  /** The object at a JSON pointer, to edit a copy in a test. */
  static ObjectNode at(JsonNode tree, String pointer) {
    return (ObjectNode) tree.at(pointer);
  }
}
