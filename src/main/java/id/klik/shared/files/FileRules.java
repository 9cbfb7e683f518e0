package id.klik.shared.files;

import java.util.Set;

/**
 * What one use of the store accepts: the content types (as detected from the bytes) and the largest
 * size in bytes.
 */
public record FileRules(Set<String> allowedTypes, long maxBytes) {

  public static final String PDF = "application/pdf";
  public static final String PNG = "image/png";
  public static final String JPEG = "image/jpeg";
  public static final String CSV = "text/csv";
  public static final String TEXT = "text/plain";
  public static final String DOCX =
      "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
  public static final String XLSX =
      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
  public static final String PPTX =
      "application/vnd.openxmlformats-officedocument.presentationml.presentation";

  /** Documents people exchange in a clinic; nothing a browser would run (HTML, SVG, scripts). */
  public static final Set<String> DOCUMENTS = Set.of(PDF, PNG, JPEG, DOCX, XLSX, PPTX, CSV, TEXT);

  /** Tables to import. */
  public static final Set<String> TABLES = Set.of(CSV, TEXT);

  public FileRules {
    allowedTypes = Set.copyOf(allowedTypes);
    if (maxBytes < 1) {
      throw new IllegalArgumentException("maxBytes must be positive: " + maxBytes);
    }
  }

  public static FileRules documents(long maxBytes) {
    return new FileRules(DOCUMENTS, maxBytes);
  }

  public static FileRules tables(long maxBytes) {
    return new FileRules(TABLES, maxBytes);
  }

  public boolean allows(String contentType) {
    return allowedTypes.contains(contentType);
  }

  /** The limit in MB for messages (decimal, one decimal place). */
  public String maxMegabytes() {
    return String.format(java.util.Locale.ROOT, "%.1f", maxBytes / 1_000_000.0);
  }
}
