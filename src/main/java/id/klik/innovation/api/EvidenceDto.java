package id.klik.innovation.api;

import id.klik.innovation.application.EvidenceItemView;
import id.klik.shared.domain.LocalizedText;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * An evidence item as the API shows it, its versions newest first.
 *
 * @param indicator the indicator id it proves (e.g. {@code sid-16}), or null
 * @param slot {@code budget} or {@code business-profile}, or null
 */
public record EvidenceDto(
    UUID id,
    String title,
    String indicator,
    Integer indicatorNumber,
    LocalizedText indicatorTitle,
    String slot,
    String createdBy,
    OffsetDateTime createdAt,
    List<VersionDto> versions) {

  /**
   * One uploaded file.
   *
   * @param contentType as detected from the bytes at upload
   * @param content the download's path below the innovation's evidence
   */
  public record VersionDto(
      int version,
      String filename,
      String contentType,
      long size,
      String sha256,
      String uploadedBy,
      OffsetDateTime uploadedAt,
      String content) {}

  static EvidenceDto of(EvidenceItemView v) {
    return new EvidenceDto(
        v.id(),
        v.title(),
        v.indicatorId(),
        v.indicatorNumber(),
        v.indicatorTitle(),
        v.slot(),
        v.createdBy(),
        v.createdAt(),
        v.versions().stream()
            .map(
                x ->
                    new VersionDto(
                        x.version(),
                        x.filename(),
                        x.contentType(),
                        x.size(),
                        x.sha256(),
                        x.uploadedBy(),
                        x.uploadedAt(),
                        v.id() + "/versions/" + x.version() + "/content"))
            .toList());
  }
}
