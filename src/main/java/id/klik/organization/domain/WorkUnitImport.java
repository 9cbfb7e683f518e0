package id.klik.organization.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

/**
 * One CSV import of work units as it happened: the file exactly as uploaded (by its sha256 in the
 * tenant's file store), who imported it, when, and what it did. Written in the import's own
 * transaction, so it exists exactly when the import does; never changed afterwards.
 */
@Entity
@Table(name = "work_unit_import")
public class WorkUnitImport {

  /** Longest file name kept; longer names are cut, keeping the extension. */
  public static final int NAME_MAX = 255;

  @Id private UUID id;

  @Column(name = "blob_sha256")
  private String blobSha256;

  private String filename;

  @Column(name = "imported_by")
  private String importedBy;

  @Column(name = "imported_at")
  private OffsetDateTime importedAt;

  private int created;
  private int updated;

  protected WorkUnitImport() {}

  public WorkUnitImport(
      String blobSha256, String filename, String importedBy, int created, int updated) {
    this.id = UUID.randomUUID();
    this.blobSha256 = blobSha256;
    this.filename = cleanName(filename);
    this.importedBy = importedBy;
    this.importedAt = OffsetDateTime.now(ZoneOffset.UTC);
    this.created = created;
    this.updated = updated;
  }

  /**
   * The name as the person's computer called it, without any folder part (browsers of some systems
   * send one) or control characters; {@code work-units.csv} when nothing is left.
   */
  public static String cleanName(String given) {
    String name = given == null ? "" : given;
    name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
    name = name.replaceAll("\\p{Cntrl}", "").strip();
    if (name.isEmpty() || name.equals(".") || name.equals("..")) {
      return "work-units.csv";
    }
    if (name.length() > NAME_MAX) {
      int dot = name.lastIndexOf('.');
      String ext = dot > 0 && name.length() - dot <= 10 ? name.substring(dot) : "";
      name = name.substring(0, NAME_MAX - ext.length()) + ext;
    }
    return name;
  }

  public UUID id() {
    return id;
  }

  public String blobSha256() {
    return blobSha256.trim();
  }

  public String filename() {
    return filename;
  }

  public String importedBy() {
    return importedBy;
  }

  public OffsetDateTime importedAt() {
    return importedAt;
  }

  public int created() {
    return created;
  }

  public int updated() {
    return updated;
  }
}
