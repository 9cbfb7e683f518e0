package id.klik.guideline.domain;

import id.klik.shared.domain.LocalizedText;
import java.util.List;

/** An innovation journey: the stages a team goes through and the artifacts each stage asks for. */
public record JourneyBody(String method, List<Stage> stages) implements TemplateBody {

  public JourneyBody {
    stages = List.copyOf(stages);
  }

  public record Stage(
      String id,
      LocalizedText title,
      LocalizedText summary,
      List<Question> questions,
      List<Artifact> artifacts) {
    public Stage {
      questions = questions == null ? List.of() : List.copyOf(questions);
      artifacts = List.copyOf(artifacts);
    }
  }

  public record Question(String id, LocalizedText text) {}

  public record Artifact(
      String id, LocalizedText title, LocalizedText description, boolean required, String format) {}
}
