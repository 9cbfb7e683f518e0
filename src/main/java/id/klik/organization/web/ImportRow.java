package id.klik.organization.web;

import id.klik.organization.application.ImportedFile;
import java.io.Serializable;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.UUID;

/** One import as the history table shows it. */
public record ImportRow(
    UUID id,
    String filename,
    String size,
    String importedBy,
    String importedAt,
    int created,
    int updated,
    String sha256)
    implements Serializable {

  private static final DateTimeFormatter AT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'");

  static ImportRow of(ImportedFile f) {
    return new ImportRow(
        f.record().id(),
        f.record().filename(),
        size(f.file().size()),
        f.record().importedBy(),
        AT.format(f.record().importedAt().withOffsetSameInstant(java.time.ZoneOffset.UTC)),
        f.record().created(),
        f.record().updated(),
        f.file().sha256());
  }

  /** A size people read: bytes, kB or MB (decimal). */
  static String size(long bytes) {
    if (bytes < 1000) {
      return bytes + " B";
    }
    if (bytes < 1_000_000) {
      return String.format(Locale.ROOT, "%.1f kB", bytes / 1000.0);
    }
    return String.format(Locale.ROOT, "%.1f MB", bytes / 1_000_000.0);
  }

  public UUID getId() {
    return id;
  }

  public String getFilename() {
    return filename;
  }

  public String getSize() {
    return size;
  }

  public String getImportedBy() {
    return importedBy;
  }

  public String getImportedAt() {
    return importedAt;
  }

  public int getCreated() {
    return created;
  }

  public int getUpdated() {
    return updated;
  }

  public String getSha256() {
    return sha256;
  }
}
