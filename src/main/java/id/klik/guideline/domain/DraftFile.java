package id.klik.guideline.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

/**
 * A template a tenant is writing before it publishes it, kept as its YAML text in the tenant's
 * schema. It may still have problems: work in progress is never lost because it is not valid yet.
 * Publishing checks it again and turns it into a {@link PublishedTemplate}.
 */
@Entity
@Table(name = "template_draft")
public class DraftFile {

  @Id private UUID id;

  @Column(name = "template_id")
  private String templateId;

  @Column(name = "version_label")
  private String versionLabel;

  private String yaml;

  @Column(name = "created_by")
  private String createdBy;

  @Column(name = "updated_at")
  private OffsetDateTime updatedAt;

  @Version private long version;

  protected DraftFile() {}

  public DraftFile(String yaml, TemplateReading reading, String createdBy) {
    this.id = UUID.randomUUID();
    this.createdBy = createdBy;
    write(yaml, reading);
  }

  /** Keeps the new text; the id and version shown are the ones the text names, if readable. */
  public void write(String yaml, TemplateReading reading) {
    this.yaml = yaml;
    this.templateId = reading.template().map(t -> t.header().id()).orElse(null);
    this.versionLabel = reading.template().map(t -> t.header().version().toString()).orElse(null);
    this.updatedAt = OffsetDateTime.now(ZoneOffset.UTC);
  }

  /** Counts the saves; an editor sends it back to find out whether someone saved meanwhile. */
  public long version() {
    return version;
  }

  public UUID id() {
    return id;
  }

  /** The template id the text names, or null while it cannot be read. */
  public String templateId() {
    return templateId;
  }

  public String versionLabel() {
    return versionLabel;
  }

  public String yaml() {
    return yaml;
  }

  public String createdBy() {
    return createdBy;
  }

  public OffsetDateTime updatedAt() {
    return updatedAt;
  }

  /** How a file with this draft would be named. */
  public String fileName() {
    return (templateId == null ? "draft" : templateId)
        + (versionLabel == null ? "" : "-" + versionLabel)
        + ".yaml";
  }
}
