package id.klik.shared.files;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * The {@code Content-Disposition} of a download (RFC 6266): always an attachment, so a browser
 * saves the file instead of rendering it; the name in plain ASCII for old clients and UTF-8 (RFC
 * 5987) for the rest, with nothing that could end the header or the quoted string.
 */
public final class ContentDisposition {

  private ContentDisposition() {}

  public static String attachment(String filename) {
    String name = filename == null || filename.isBlank() ? "file" : filename;
    String ascii = name.replaceAll("[^\\x20-\\x7e]", "_").replace("\"", "_").replace("\\", "_");
    String utf8 = URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20");
    return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + utf8;
  }
}
