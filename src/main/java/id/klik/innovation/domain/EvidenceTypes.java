package id.klik.innovation.domain;

import id.klik.shared.files.FileRules;
import java.util.Set;

/**
 * What the evidence vault keeps, judged by the bytes (never the name): PDF, images (PNG, JPEG,
 * WebP, GIF), Office documents (Word, Excel, PowerPoint, old and new) and OpenDocument. Nothing a
 * browser runs (HTML, SVG, scripts), no executables, and no video: the profile's video is a link.
 */
public final class EvidenceTypes {

  public static final Set<String> ALLOWED =
      Set.of(
          FileRules.PDF,
          FileRules.PNG,
          FileRules.JPEG,
          "image/webp",
          "image/gif",
          FileRules.DOCX,
          FileRules.XLSX,
          FileRules.PPTX,
          "application/msword",
          "application/vnd.ms-excel",
          "application/vnd.ms-powerpoint",
          "application/vnd.oasis.opendocument.text",
          "application/vnd.oasis.opendocument.spreadsheet",
          "application/vnd.oasis.opendocument.presentation");

  /** The list people read in a refusal. */
  public static final String READABLE_LIST =
      "PDF, PNG, JPEG, WebP, GIF, Word, Excel, PowerPoint, OpenDocument";

  private EvidenceTypes() {}

  public static FileRules rules(long maxBytes) {
    return new FileRules(ALLOWED, maxBytes);
  }

  /** A video (or a container that holds one): refused with the advice to give a link instead. */
  public static boolean isVideo(String detected) {
    return detected != null
        && (detected.startsWith("video/")
            || detected.equals("application/mp4")
            || detected.equals("application/x-matroska")
            || detected.equals("application/vnd.rn-realmedia"));
  }
}
