package id.klik.program.domain;

import id.klik.shared.infrastructure.NullableUuidConverter;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

/**
 * A file of a program (slides, a worksheet), optionally for one session; bytes in the BlobStore.
 */
@Entity
@Table(name = "program_material")
public class Material {

  @Id private UUID id;

  @Column(name = "program_id")
  private UUID programId;

  @Column(name = "session_id")
  @Convert(converter = NullableUuidConverter.class) // null for a region item / a whole-program file
  private UUID sessionId;

  private String title;
  private String filename;

  @Column(name = "content_type")
  private String contentType;

  private String sha256;

  @Column(name = "size_bytes")
  private long sizeBytes;

  @Column(name = "uploaded_at")
  private OffsetDateTime uploadedAt;

  @Column(name = "uploaded_by")
  private String uploadedBy;

  protected Material() {}

  public Material(
      UUID programId,
      UUID sessionId,
      String title,
      String filename,
      String contentType,
      String sha256,
      long sizeBytes,
      String uploadedBy) {
    this.id = UUID.randomUUID();
    this.programId = programId;
    this.sessionId = sessionId;
    this.title = title;
    this.filename = filename;
    this.contentType = contentType;
    this.sha256 = sha256;
    this.sizeBytes = sizeBytes;
    this.uploadedBy = uploadedBy;
    this.uploadedAt = OffsetDateTime.now(ZoneOffset.UTC);
  }

  public UUID id() {
    return id;
  }

  public UUID programId() {
    return programId;
  }

  public UUID sessionId() {
    return sessionId;
  }

  public String title() {
    return title;
  }

  public String filename() {
    return filename;
  }

  public String contentType() {
    return contentType;
  }

  public String sha256() {
    return sha256;
  }

  public long sizeBytes() {
    return sizeBytes;
  }

  public OffsetDateTime uploadedAt() {
    return uploadedAt;
  }
}
