package id.klik.innovation.domain.journey;

import id.klik.shared.domain.NotFoundException;
import id.klik.shared.domain.ValidationException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * One innovation's journey through the plan of the tenant's active journey template: the stage it
 * stands at, what it recorded for each artifact, and its progress. Records are matched to the plan
 * by template id, stage id and artifact id, whatever version they were written under: a newer
 * version of the same template keeps the records of the stages and artifacts it kept. Records that
 * match no artifact of the plan (another template, a stage dropped) are never lost: {@link
 * #earlier()} lists them.
 */
public final class Journey {

  /** Longest text an artifact takes (about 15 pages). */
  public static final int MAX_TEXT = 20_000;

  private final UUID innovationId;
  private final JourneyPlan plan;
  private JourneyPosition position;
  private final List<ArtifactRecord> records;

  private Journey(
      UUID innovationId, JourneyPlan plan, JourneyPosition position, List<ArtifactRecord> records) {
    this.innovationId = innovationId;
    this.plan = plan;
    this.position = position;
    this.records = new ArrayList<>(records);
  }

  public static Journey of(
      UUID innovationId,
      JourneyPlan plan,
      Optional<JourneyPosition> position,
      List<ArtifactRecord> records) {
    return new Journey(innovationId, plan, position.orElse(null), records);
  }

  public JourneyPlan plan() {
    return plan;
  }

  /**
   * The stage the innovation was moved to; the first stage while it was never moved, or when it was
   * moved under another template or to a stage the plan no longer has.
   */
  public Optional<JourneyPlan.Stage> currentStage() {
    if (position != null && plan.templateId().equals(position.templateId())) {
      Optional<JourneyPlan.Stage> stage = plan.stage(position.stageId());
      if (stage.isPresent()) {
        return stage;
      }
    }
    return plan.stages().stream().findFirst();
  }

  /** Each stage of the plan with its artifacts and what was recorded for them. */
  public List<StageProgress> stages() {
    String current = currentStage().map(JourneyPlan.Stage::id).orElse(null);
    List<StageProgress> result = new ArrayList<>();
    for (JourneyPlan.Stage stage : plan.stages()) {
      List<ArtifactProgress> artifacts = new ArrayList<>();
      for (JourneyPlan.Artifact artifact : stage.artifacts()) {
        artifacts.add(new ArtifactProgress(artifact, recordFor(stage.id(), artifact.id())));
      }
      result.add(new StageProgress(stage, stage.id().equals(current), artifacts));
    }
    return result;
  }

  /**
   * Done artifacts of the whole plan in percent, rounded down (100 only when all are done). A plan
   * without artifacts counts the stages passed instead.
   */
  public int progressPercent() {
    int total = 0;
    int done = 0;
    for (StageProgress stage : stages()) {
      total += stage.artifacts().size();
      done += stage.doneCount();
    }
    if (total == 0) {
      int stages = plan.stages().size();
      int at = currentStage().map(s -> plan.indexOf(s.id())).orElse(0);
      return stages == 0 ? 0 : at * 100 / stages;
    }
    return done * 100 / total;
  }

  /** Records that match no artifact of the plan: kept from an earlier journey template. */
  public List<ArtifactRecord> earlier() {
    return records.stream()
        .filter(
            r ->
                !r.templateId().equals(plan.templateId())
                    || plan.stage(r.stageId()).flatMap(s -> s.artifact(r.artifactId())).isEmpty())
        .toList();
  }

  /** Moves the innovation to a stage of the plan, forward or back. */
  public JourneyPosition moveTo(String stageId, String who) {
    JourneyPlan.Stage stage =
        plan.stage(stageId == null ? "" : stageId)
            .orElseThrow(
                () ->
                    ValidationException.of(
                        "stage", "journey.stageUnknown", String.valueOf(stageId)));
    if (position == null) {
      position = new JourneyPosition(innovationId);
    }
    position.moveTo(plan, stage, who);
    return position;
  }

  /**
   * Writes an artifact's text and/or marks it done (a null leaves that part as it is). An artifact
   * is done only with something in it: a text or a file.
   */
  public ArtifactRecord write(
      String stageId, String artifactId, String text, Boolean done, String who) {
    if (text != null && text.length() > MAX_TEXT) {
      throw ValidationException.of("text", "journey.textTooLong", MAX_TEXT);
    }
    ArtifactRecord record = recordToChange(stageId, artifactId);
    String newText = text == null ? record.text().orElse(null) : blankToNull(text);
    boolean newDone = done == null ? record.done() : done;
    boolean hasContent = newText != null || record.file().isPresent();
    if (newDone && !hasContent) {
      throw ValidationException.of("done", "journey.artifactEmpty");
    }
    record.write(newText, newDone, who);
    return record;
  }

  /** Attaches a stored file to an artifact (replacing an earlier one; the blob itself stays). */
  public ArtifactRecord attach(
      String stageId, String artifactId, ArtifactRecord.AttachedFile file, String who) {
    ArtifactRecord record = recordToChange(stageId, artifactId);
    record.attach(file.sha256(), file.name(), file.contentType(), file.size(), who);
    return record;
  }

  /** The record of an artifact of the plan, if one was made. */
  public Optional<ArtifactRecord> recordFor(String stageId, String artifactId) {
    return records.stream()
        .filter(r -> r.isFor(plan.templateId(), stageId, artifactId))
        .findFirst();
  }

  /** A record of any template (also an earlier one), by its id. */
  public Optional<ArtifactRecord> record(UUID recordId) {
    return records.stream().filter(r -> r.id().equals(recordId)).findFirst();
  }

  private ArtifactRecord recordToChange(String stageId, String artifactId) {
    JourneyPlan.Stage stage =
        plan.stage(String.valueOf(stageId))
            .orElseThrow(() -> new NotFoundException("journey stage", stageId));
    JourneyPlan.Artifact artifact =
        stage
            .artifact(String.valueOf(artifactId))
            .orElseThrow(() -> new NotFoundException("journey artifact", artifactId));
    ArtifactRecord record =
        recordFor(stage.id(), artifact.id())
            .orElseGet(
                () -> {
                  ArtifactRecord created = new ArtifactRecord(innovationId, plan, stage, artifact);
                  records.add(created);
                  return created;
                });
    record.relabel(plan, stage, artifact);
    return record;
  }

  private static String blankToNull(String text) {
    return text.isBlank() ? null : text;
  }

  /** A stage of the plan, whether the innovation stands at it, and its artifacts. */
  public record StageProgress(
      JourneyPlan.Stage stage, boolean current, List<ArtifactProgress> artifacts) {
    public int doneCount() {
      return (int) artifacts.stream().filter(ArtifactProgress::done).count();
    }

    /** All its artifacts done (a stage asking for none is never "complete"). */
    public boolean complete() {
      return !artifacts.isEmpty() && doneCount() == artifacts.size();
    }
  }

  /** An artifact of the plan and what was recorded for it. */
  public record ArtifactProgress(JourneyPlan.Artifact artifact, Optional<ArtifactRecord> record) {
    public boolean done() {
      return record.map(ArtifactRecord::done).orElse(false);
    }
  }
}
