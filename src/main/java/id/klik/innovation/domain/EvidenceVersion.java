package id.klik.innovation.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Objects;
import java.util.UUID;

/**
 * One file of an evidence item as it was uploaded: its bytes (by sha256 in the tenant's BlobStore),
 * the name it had, the type detected from its bytes, its size, who uploaded it and when. Written
 * once; the table refuses changes and deletions.
 */
@Entity
@Table(name = "evidence_version")
@IdClass(EvidenceVersion.Key.class)
public class EvidenceVersion {

  /** Longest file name kept; longer names are cut, keeping the extension. */
  public static final int NAME_MAX = 255;

  @Id
  @Column(name = "evidence_id")
  private UUID evidenceId;

  @Id private int version;

  @Column(name = "blob_sha256")
  private String blobSha256;

  private String filename;

  @Column(name = "content_type")
  private String contentType;

  private long size;

  @Column(name = "uploaded_by")
  private String uploadedBy;

  @Column(name = "uploaded_at")
  private OffsetDateTime uploadedAt;

  protected EvidenceVersion() {}

  public EvidenceVersion(
      UUID evidenceId,
      int version,
      String blobSha256,
      String filename,
      String contentType,
      long size,
      String uploadedBy) {
    if (version < 1) {
      throw new IllegalArgumentException("versions count from 1: " + version);
    }
    this.evidenceId = evidenceId;
    this.version = version;
    this.blobSha256 = blobSha256;
    this.filename = cleanName(filename);
    this.contentType = contentType;
    this.size = size;
    this.uploadedBy = uploadedBy;
    this.uploadedAt = OffsetDateTime.now(ZoneOffset.UTC);
  }

  /** The version after the newest one there is (1 for an item without any). */
  public static int next(int newestSoFar) {
    return Math.max(0, newestSoFar) + 1;
  }

  /**
   * The name as the person's computer called it, without any folder part or control characters;
   * {@code bukti} when nothing is left; cut to {@link #NAME_MAX} keeping the extension.
   */
  public static String cleanName(String given) {
    String name = given == null ? "" : given;
    name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
    name = name.replaceAll("\\p{Cntrl}", "").strip();
    if (name.isEmpty() || name.equals(".") || name.equals("..")) {
      return "bukti";
    }
    if (name.length() > NAME_MAX) {
      int dot = name.lastIndexOf('.');
      String ext = dot > 0 && name.length() - dot <= 16 ? name.substring(dot) : "";
      name = name.substring(0, NAME_MAX - ext.length()) + ext;
    }
    return name;
  }

  public UUID evidenceId() {
    return evidenceId;
  }

  public int version() {
    return version;
  }

  public String blobSha256() {
    return blobSha256;
  }

  public String filename() {
    return filename;
  }

  public String contentType() {
    return contentType;
  }

  public long size() {
    return size;
  }

  public String uploadedBy() {
    return uploadedBy;
  }

  public OffsetDateTime uploadedAt() {
    return uploadedAt;
  }

  /** The composite key: item and version number. */
  public static class Key implements Serializable {
    private UUID evidenceId;
    private int version;

    public Key() {}

    public Key(UUID evidenceId, int version) {
      this.evidenceId = evidenceId;
      this.version = version;
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Key k && version == k.version && Objects.equals(evidenceId, k.evidenceId);
    }

    @Override
    public int hashCode() {
      return Objects.hash(evidenceId, version);
    }
  }
}
