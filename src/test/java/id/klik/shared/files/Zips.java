package id.klik.shared.files;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Small zip files built in the test: Office documents as Office writes them, and impostors. */
public final class Zips {

  private Zips() {}

  public static final String WORD_MAIN =
      "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml";
  public static final String SHEET_MAIN =
      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml";
  public static final String WORD_MACRO_MAIN =
      "application/vnd.ms-word.document.macroEnabled.main+xml";

  /** An Office file whose {@code [Content_Types].xml} declares the given main part. */
  public static byte[] office(String mainPartType, String mainPart) {
    String types =
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
            + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
            + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
            + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
            + "<Override PartName=\"/"
            + mainPart
            + "\" ContentType=\""
            + mainPartType
            + "\"/></Types>";
    Map<String, String> entries = new LinkedHashMap<>();
    entries.put("[Content_Types].xml", types);
    entries.put("_rels/.rels", "<Relationships/>");
    entries.put(mainPart, "<document/>");
    return zip(entries);
  }

  public static byte[] docx() {
    return office(WORD_MAIN, "word/document.xml");
  }

  public static byte[] zip(Map<String, String> entries) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
      for (Map.Entry<String, String> e : entries.entrySet()) {
        zip.putNextEntry(new ZipEntry(e.getKey()));
        zip.write(e.getValue().getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }
}
