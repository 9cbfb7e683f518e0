package id.klik.innovation.web;

import id.klik.innovation.domain.journey.ArtifactRecord;
import id.klik.innovation.domain.journey.Journey;
import id.klik.shared.domain.LocalizedText;
import java.io.Serializable;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/** The journey as the tab's rows: plain values in the reader's language. */
public final class JourneyRows {

  private JourneyRows() {}

  /** A stage with its artifacts. */
  public record Stage(
      String id,
      String title,
      String summary,
      boolean current,
      int done,
      int total,
      List<Artifact> artifacts)
      implements Serializable {}

  /** An artifact and what was recorded for it. */
  public record Artifact(
      String key,
      String stageId,
      String id,
      String title,
      String description,
      boolean required,
      String text,
      boolean done,
      UUID recordId,
      String fileName,
      String updated,
      String updatedBy)
      implements Serializable {}

  /** A record of an earlier journey. */
  public record Earlier(
      String template,
      String stage,
      String artifact,
      String text,
      String state,
      UUID recordId,
      String fileName,
      String updated)
      implements Serializable {}

  static String key(String stageId, String artifactId) {
    return stageId + "/" + artifactId;
  }

  static List<Stage> stages(Journey journey, Locale locale) {
    return journey.stages().stream()
        .map(
            s ->
                new Stage(
                    s.stage().id(),
                    in(s.stage().title(), locale),
                    in(s.stage().summary(), locale),
                    s.current(),
                    s.doneCount(),
                    s.artifacts().size(),
                    s.artifacts().stream().map(a -> artifact(s.stage().id(), a, locale)).toList()))
        .toList();
  }

  private static Artifact artifact(String stageId, Journey.ArtifactProgress a, Locale locale) {
    ArtifactRecord r = a.record().orElse(null);
    return new Artifact(
        key(stageId, a.artifact().id()),
        stageId,
        a.artifact().id(),
        in(a.artifact().title(), locale),
        in(a.artifact().description(), locale),
        a.artifact().required(),
        r == null ? null : r.text().orElse(null),
        a.done(),
        r == null ? null : r.id(),
        r == null ? null : r.file().map(ArtifactRecord.AttachedFile::name).orElse(null),
        r == null ? "" : JourneyTab.when(r.updatedAt()),
        r == null ? "" : r.updatedBy());
  }

  static List<Earlier> earlier(Journey journey, Locale locale) {
    return journey.earlier().stream()
        .map(
            r ->
                new Earlier(
                    r.templateId() + "@" + r.templateVersion(),
                    in(r.stageTitle(), locale),
                    in(r.artifactTitle(), locale),
                    r.text().orElse(""),
                    JourneyTab.stateText(r.done()),
                    r.id(),
                    r.file().map(ArtifactRecord.AttachedFile::name).orElse(null),
                    JourneyTab.when(r.updatedAt())))
        .toList();
  }

  private static String in(LocalizedText text, Locale locale) {
    return text == null ? "" : text.in(locale);
  }
}
