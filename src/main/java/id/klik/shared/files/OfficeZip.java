package id.klik.shared.files;

import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Tells a Word, Excel or PowerPoint file (Office Open XML) from any other zip by the main part
 * declared in its {@code [Content_Types].xml}: a name ending in .docx proves nothing, and
 * macro-enabled or template variants declare other main parts, so they are not taken for plain
 * documents.
 */
public final class OfficeZip {

  private static final Map<String, String> MAIN_PARTS =
      Map.of(
          "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml",
          FileRules.DOCX,
          "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml",
          FileRules.XLSX,
          "application/vnd.openxmlformats-officedocument.presentationml.presentation.main+xml",
          FileRules.PPTX);

  /**
   * Office writes {@code [Content_Types].xml} first; looking further would mean inflating entries
   * an attacker chose (a zip bomb), so only the first few are looked at.
   */
  private static final int ENTRIES_LOOKED_AT = 5;

  private static final int CONTENT_TYPES_MAX_BYTES = 1 << 20;

  private OfficeZip() {}

  /** The Office type the zip declares, or empty for any other zip (or not a readable zip). */
  public static Optional<String> officeType(InputStream zip) throws IOException {
    try (ZipInputStream entries = new ZipInputStream(zip)) {
      for (int i = 0; i < ENTRIES_LOOKED_AT; i++) {
        ZipEntry entry = entries.getNextEntry();
        if (entry == null) {
          return Optional.empty();
        }
        if ("[Content_Types].xml".equals(entry.getName())) {
          byte[] xml = entries.readNBytes(CONTENT_TYPES_MAX_BYTES);
          return mainType(xml);
        }
      }
      return Optional.empty();
    } catch (java.util.zip.ZipException notAZip) {
      return Optional.empty();
    }
  }

  private static Optional<String> mainType(byte[] xml) {
    XMLInputFactory factory = XMLInputFactory.newFactory();
    factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    try {
      XMLStreamReader reader = factory.createXMLStreamReader(new java.io.ByteArrayInputStream(xml));
      while (reader.hasNext()) {
        if (reader.next() == XMLStreamConstants.START_ELEMENT
            && "Override".equals(reader.getLocalName())) {
          String declared = reader.getAttributeValue(null, "ContentType");
          if (declared != null && MAIN_PARTS.containsKey(declared)) {
            return Optional.of(MAIN_PARTS.get(declared));
          }
        }
      }
      return Optional.empty();
    } catch (XMLStreamException broken) {
      return Optional.empty();
    }
  }
}
