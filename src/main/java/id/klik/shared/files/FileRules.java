package id.klik.shared.files;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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

  /**
   * The documents a template names by file extension ({@code accept: [pdf, pptx]}), judged by the
   * bytes like every upload; an extension outside {@link #DOCUMENTS} is not taken whatever a
   * template says. No known extension (or none at all): every document.
   */
  public static FileRules documents(List<String> extensions, long maxBytes) {
    Set<String> types = new LinkedHashSet<>();
    for (String extension : extensions == null ? List.<String>of() : extensions) {
      String type =
          extension == null
              ? null
              : BY_EXTENSION.get(
                  extension.strip().toLowerCase(Locale.ROOT).replaceFirst("^\\.", ""));
      if (type != null) {
        types.add(type);
      }
    }
    return types.isEmpty() ? documents(maxBytes) : new FileRules(types, maxBytes);
  }

  private static final Map<String, String> BY_EXTENSION =
      Map.of(
          "pdf", PDF,
          "png", PNG,
          "jpg", JPEG,
          "jpeg", JPEG,
          "docx", DOCX,
          "xlsx", XLSX,
          "pptx", PPTX,
          "csv", CSV,
          "txt", TEXT);

  public static FileRules tables(long maxBytes) {
    return new FileRules(TABLES, maxBytes);
  }

  public boolean allows(String contentType) {
    return allowedTypes.contains(contentType);
  }

  /** The limit in MB for messages (decimal, one decimal place). */
  public String maxMegabytes() {
    return String.format(Locale.ROOT, "%.1f", maxBytes / 1_000_000.0);
  }
}
