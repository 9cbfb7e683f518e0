package id.klik.innovation.domain.journey;

import id.klik.shared.domain.LocalizedText;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;

/**
 * What an innovation recorded for one artifact of one stage: a text, a file (by the sha256 of its
 * content in the tenant's BlobStore) and whether it is done. It keeps the template id and version
 * and the stage's and artifact's ids and labels it was written against: when the tenant's journey
 * template changes, a record that no longer matches a stage is still shown, under the labels it was
 * written with, as "from an earlier journey".
 */
@Entity
@Table(name = "journey_artifact")
public class ArtifactRecord {

  @Id private UUID id;

  @Column(name = "innovation_id")
  private UUID innovationId;

  @Column(name = "template_id")
  private String templateId;

  @Column(name = "template_version")
  private String templateVersion;

  @Column(name = "stage_id")
  private String stageId;

  @Column(name = "stage_title_id")
  private String stageTitleId;

  @Column(name = "stage_title_en")
  private String stageTitleEn;

  @Column(name = "artifact_id")
  private String artifactId;

  @Column(name = "artifact_title_id")
  private String artifactTitleId;

  @Column(name = "artifact_title_en")
  private String artifactTitleEn;

  private String body;

  @Column(name = "file_sha256")
  private String fileSha256;

  @Column(name = "file_name")
  private String fileName;

  @Column(name = "file_type")
  private String fileType;

  @Column(name = "file_size")
  private Long fileSize;

  private boolean done;

  @Column(name = "updated_at")
  private OffsetDateTime updatedAt;

  @Column(name = "updated_by")
  private String updatedBy;

  @Version private long version;

  protected ArtifactRecord() {}

  /** An empty record for an artifact of the plan; it is filled by the journey. */
  public ArtifactRecord(
      UUID innovationId, JourneyPlan plan, JourneyPlan.Stage stage, JourneyPlan.Artifact artifact) {
    this.id = UUID.randomUUID();
    this.innovationId = innovationId;
    this.templateId = plan.templateId();
    this.stageId = stage.id();
    this.artifactId = artifact.id();
    relabel(plan, stage, artifact);
  }

  /** Takes the version and labels of the plan it is written under now. */
  void relabel(JourneyPlan plan, JourneyPlan.Stage stage, JourneyPlan.Artifact artifact) {
    this.templateVersion = plan.templateVersion();
    this.stageTitleId = stage.title().id();
    this.stageTitleEn = stage.title().en();
    this.artifactTitleId = artifact.title().id();
    this.artifactTitleEn = artifact.title().en();
  }

  void write(String text, boolean isDone, String who) {
    this.body = text;
    this.done = isDone;
    touched(who);
  }

  void attach(String sha256, String name, String contentType, long size, String who) {
    this.fileSha256 = sha256;
    this.fileName = name;
    this.fileType = contentType;
    this.fileSize = size;
    touched(who);
  }

  private void touched(String who) {
    this.updatedAt = OffsetDateTime.now(ZoneOffset.UTC);
    this.updatedBy = who;
  }

  /** Whether this record belongs to that artifact of that template (any version of it). */
  public boolean isFor(String template, String stage, String artifact) {
    return templateId.equals(template) && stageId.equals(stage) && artifactId.equals(artifact);
  }

  public boolean hasContent() {
    return (body != null && !body.isBlank()) || fileSha256 != null;
  }

  public UUID id() {
    return id;
  }

  public UUID innovationId() {
    return innovationId;
  }

  public String templateId() {
    return templateId;
  }

  public String templateVersion() {
    return templateVersion;
  }

  public String stageId() {
    return stageId;
  }

  public LocalizedText stageTitle() {
    return new LocalizedText(stageTitleId, stageTitleEn);
  }

  public String artifactId() {
    return artifactId;
  }

  public LocalizedText artifactTitle() {
    return new LocalizedText(artifactTitleId, artifactTitleEn);
  }

  public Optional<String> text() {
    return Optional.ofNullable(body);
  }

  public Optional<AttachedFile> file() {
    return fileSha256 == null
        ? Optional.empty()
        : Optional.of(new AttachedFile(fileSha256, fileName, fileType, fileSize));
  }

  public boolean done() {
    return done;
  }

  public OffsetDateTime updatedAt() {
    return updatedAt;
  }

  public String updatedBy() {
    return updatedBy;
  }

  /** A file attached to an artifact. */
  public record AttachedFile(String sha256, String name, String contentType, long size) {}
}
