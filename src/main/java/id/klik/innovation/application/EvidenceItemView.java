package id.klik.innovation.application;

import id.klik.shared.domain.LocalizedText;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * An evidence item as pages and the API show it, its versions newest first.
 *
 * @param indicatorId the indicator it proves (e.g. {@code sid-16}), or null
 * @param indicatorNumber that indicator's number in the index model (16), or null when the model no
 *     longer lists it
 * @param slot {@code budget} or {@code business-profile}, or null
 */
public record EvidenceItemView(
    UUID id,
    UUID innovationId,
    String title,
    String indicatorId,
    Integer indicatorNumber,
    LocalizedText indicatorTitle,
    String slot,
    String createdBy,
    OffsetDateTime createdAt,
    List<Version> versions) {

  public EvidenceItemView {
    versions = List.copyOf(versions);
  }

  /** One uploaded file of the item. */
  public record Version(
      int version,
      String filename,
      String contentType,
      long size,
      String sha256,
      String uploadedBy,
      OffsetDateTime uploadedAt) {}

  public Version newest() {
    return versions.get(0);
  }
}
