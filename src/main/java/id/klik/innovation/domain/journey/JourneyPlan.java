package id.klik.innovation.domain.journey;

import id.klik.shared.domain.LocalizedText;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The stages of one journey template version and the artifacts each stage asks for, as the journey
 * needs them (read from the tenant's active journey template).
 */
public record JourneyPlan(String templateId, String templateVersion, List<Stage> stages) {

  public JourneyPlan {
    Objects.requireNonNull(templateId, "templateId");
    Objects.requireNonNull(templateVersion, "templateVersion");
    stages = List.copyOf(stages);
  }

  /** One stage, with the artifacts it asks for. */
  public record Stage(
      String id, LocalizedText title, LocalizedText summary, List<Artifact> artifacts) {
    public Stage {
      artifacts = List.copyOf(artifacts);
    }

    public Optional<Artifact> artifact(String artifactId) {
      return artifacts.stream().filter(a -> a.id().equals(artifactId)).findFirst();
    }
  }

  /**
   * What a stage asks for: a text, a file or both (formats {@code text}, {@code file}, {@code
   * document}, ...; any artifact takes a text and a file).
   */
  public record Artifact(
      String id, LocalizedText title, LocalizedText description, boolean required, String format) {}

  public Optional<Stage> stage(String stageId) {
    return stages.stream().filter(s -> s.id().equals(stageId)).findFirst();
  }

  public int indexOf(String stageId) {
    for (int i = 0; i < stages.size(); i++) {
      if (stages.get(i).id().equals(stageId)) {
        return i;
      }
    }
    return -1;
  }

  /** {@code id@version}, as the records say where they were made. */
  public String ref() {
    return templateId + "@" + templateVersion;
  }
}
