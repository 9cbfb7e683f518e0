package id.klik.organization.api;

import id.klik.organization.application.ImportedFile;
import java.time.OffsetDateTime;
import java.util.UUID;

/** One import of the history, as the API shows it. */
public record WorkUnitImportDto(
    UUID id,
    String filename,
    long size,
    String sha256,
    String contentType,
    String importedBy,
    OffsetDateTime importedAt,
    ResultDto result) {

  /** What the import did. */
  public record ResultDto(int created, int updated) {}

  static WorkUnitImportDto of(ImportedFile f) {
    return new WorkUnitImportDto(
        f.record().id(),
        f.record().filename(),
        f.file().size(),
        f.file().sha256(),
        f.file().contentType(),
        f.record().importedBy(),
        f.record().importedAt(),
        new ResultDto(f.record().created(), f.record().updated()));
  }
}
