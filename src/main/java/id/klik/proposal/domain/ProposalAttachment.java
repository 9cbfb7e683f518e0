package id.klik.proposal.domain;

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
 * One of the form's attachments given to a proposal: a file in the tenant's BlobStore, or an item
 * of the innovation's evidence vault. A new one for the same attachment replaces it.
 */
@Entity
@Table(name = "proposal_attachment")
public class ProposalAttachment {

  @Id private UUID id;

  @Column(name = "proposal_id")
  private UUID proposalId;

  @Column(name = "attachment_id")
  private String attachmentId;

  @Column(name = "file_sha256")
  private String fileSha256;

  @Column(name = "file_name")
  private String fileName;

  @Column(name = "file_type")
  private String fileType;

  @Column(name = "file_size")
  private Long fileSize;

  @Column(name = "evidence_id")
  @Convert(converter = NullableUuidConverter.class)
  private UUID evidenceId;

  @Column(name = "added_at")
  private OffsetDateTime addedAt;

  @Column(name = "added_by")
  private String addedBy;

  protected ProposalAttachment() {}

  private ProposalAttachment(UUID proposalId, String attachmentId, String by) {
    this.id = UUID.randomUUID();
    this.proposalId = proposalId;
    this.attachmentId = attachmentId;
    this.addedAt = OffsetDateTime.now(ZoneOffset.UTC);
    this.addedBy = by;
  }

  public static ProposalAttachment file(
      UUID proposalId,
      String attachmentId,
      String sha256,
      String name,
      String type,
      long size,
      String by) {
    ProposalAttachment a = new ProposalAttachment(proposalId, attachmentId, by);
    a.fileSha256 = sha256;
    a.fileName = name;
    a.fileType = type;
    a.fileSize = size;
    return a;
  }

  public static ProposalAttachment evidence(
      UUID proposalId, String attachmentId, UUID evidenceId, String title, String by) {
    ProposalAttachment a = new ProposalAttachment(proposalId, attachmentId, by);
    a.evidenceId = evidenceId;
    a.fileName = title;
    return a;
  }

  public UUID id() {
    return id;
  }

  public UUID proposalId() {
    return proposalId;
  }

  public String attachmentId() {
    return attachmentId;
  }

  public String fileSha256() {
    return fileSha256;
  }

  public String fileName() {
    return fileName;
  }

  public String fileType() {
    return fileType;
  }

  public Long fileSize() {
    return fileSize;
  }

  public UUID evidenceId() {
    return evidenceId;
  }

  public OffsetDateTime addedAt() {
    return addedAt;
  }

  public String addedBy() {
    return addedBy;
  }
}
