package id.klik.innovation.api;

import id.klik.innovation.application.JourneyView;
import id.klik.innovation.domain.journey.ArtifactRecord;
import id.klik.innovation.domain.journey.Journey;
import id.klik.innovation.domain.journey.JourneyPlan;
import id.klik.shared.domain.LocalizedText;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * An innovation's journey: the template it follows, the stage it stands at, its progress, each
 * stage's artifacts with what was recorded, and the records kept from an earlier journey template.
 * Texts in the caller's language.
 */
public record JourneyDto(
    UUID innovationId,
    String innovationName,
    String template,
    String currentStage,
    int progress,
    boolean mayEdit,
    List<Stage> stages,
    List<Earlier> earlier) {

  /** A stage of the template. */
  public record Stage(
      String id,
      String title,
      String summary,
      boolean current,
      boolean complete,
      int done,
      int total,
      List<Artifact> artifacts) {}

  /** An artifact a stage asks for, and what was recorded for it. */
  public record Artifact(
      String id,
      String title,
      String description,
      boolean required,
      String format,
      String text,
      boolean done,
      FileDto file,
      OffsetDateTime updatedAt,
      String updatedBy) {}

  /** A file attached to an artifact; {@code href} downloads it. */
  public record FileDto(String name, String contentType, long size, String href) {}

  /** A record made under another template (or a stage or artifact the template no longer has). */
  public record Earlier(
      UUID recordId,
      String template,
      String stageId,
      String stageTitle,
      String artifactId,
      String artifactTitle,
      String text,
      boolean done,
      FileDto file,
      OffsetDateTime updatedAt) {}

  static JourneyDto of(JourneyView view, Locale locale) {
    Journey journey = view.journey();
    UUID id = view.innovation().id();
    List<Stage> stages =
        journey.stages().stream()
            .map(
                s ->
                    new Stage(
                        s.stage().id(),
                        text(s.stage().title(), locale),
                        text(s.stage().summary(), locale),
                        s.current(),
                        s.complete(),
                        s.doneCount(),
                        s.artifacts().size(),
                        s.artifacts().stream().map(a -> artifact(id, a, locale)).toList()))
            .toList();
    List<Earlier> earlier =
        journey.earlier().stream()
            .map(
                r ->
                    new Earlier(
                        r.id(),
                        r.templateId() + "@" + r.templateVersion(),
                        r.stageId(),
                        text(r.stageTitle(), locale),
                        r.artifactId(),
                        text(r.artifactTitle(), locale),
                        r.text().orElse(null),
                        r.done(),
                        file(id, r),
                        r.updatedAt()))
            .toList();
    return new JourneyDto(
        id,
        view.innovation().name(),
        journey.plan().ref(),
        journey.currentStage().map(JourneyPlan.Stage::id).orElse(null),
        journey.progressPercent(),
        view.mayEdit(),
        stages,
        earlier);
  }

  private static Artifact artifact(UUID innovation, Journey.ArtifactProgress a, Locale locale) {
    ArtifactRecord r = a.record().orElse(null);
    return new Artifact(
        a.artifact().id(),
        text(a.artifact().title(), locale),
        text(a.artifact().description(), locale),
        a.artifact().required(),
        a.artifact().format(),
        r == null ? null : r.text().orElse(null),
        a.done(),
        r == null ? null : file(innovation, r),
        r == null ? null : r.updatedAt(),
        r == null ? null : r.updatedBy());
  }

  private static FileDto file(UUID innovation, ArtifactRecord r) {
    return r.file()
        .map(
            f ->
                new FileDto(
                    f.name(),
                    f.contentType(),
                    f.size(),
                    "innovations/" + innovation + "/journey/files/" + r.id()))
        .orElse(null);
  }

  private static String text(LocalizedText text, Locale locale) {
    return text == null ? null : text.in(locale);
  }
}
