package id.klik.shared.files;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The type of a file comes from its bytes; its name may only make that type more specific. */
class ContentTypesTest {

  private static final byte[] PNG = {
    (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'
  };

  private static String detect(byte[] bytes, String name) throws IOException {
    return ContentTypes.detect(new BufferedInputStream(new ByteArrayInputStream(bytes)), name);
  }

  private static byte[] text(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void csvTextNamedCsvIsCsv() throws IOException {
    assertThat(detect(text("code,name,kind\nA,Dinas,OPD\n"), "units.csv")).isEqualTo("text/csv");
  }

  @Test
  void textWithoutANameIsPlainText() throws IOException {
    assertThat(detect(text("code;name;kind\nA;Dinas Kesehatan;OPD\n"), null))
        .isEqualTo("text/plain");
  }

  @Test
  void anHtmlPageNamedCsvStaysHtml() throws IOException {
    assertThat(detect(text("<!DOCTYPE html><html><script>alert(1)</script></html>"), "units.csv"))
        .isEqualTo("text/html");
  }

  @Test
  void anImageNamedCsvIsAnImage() throws IOException {
    assertThat(detect(PNG, "units.csv")).isEqualTo("image/png");
  }

  @Test
  void aPdfIsAPdfWhateverItsName() throws IOException {
    assertThat(detect(text("%PDF-1.7\n1 0 obj\n<<>>\nendobj\n"), "report.txt"))
        .isEqualTo("application/pdf");
  }

  @Test
  void theStreamIsLeftAtItsStart() throws IOException {
    BufferedInputStream in = new BufferedInputStream(new ByteArrayInputStream(PNG));
    ContentTypes.detect(in, "x.png");
    assertThat(in.readAllBytes()).isEqualTo(PNG);
  }

  @Test
  void officeFilesAndPlainZipsAreZipContainers() throws IOException {
    String docx = detect(Zips.docx(), null);
    String plain = detect(Zips.zip(Map.of("a.txt", "a")), null);

    assertThat(ContentTypes.isZipContainer(docx)).as(docx).isTrue();
    assertThat(ContentTypes.isZipContainer(plain)).as(plain).isTrue();
    assertThat(ContentTypes.isZipContainer("text/csv")).isFalse();
    assertThat(ContentTypes.isZipContainer("application/pdf")).isFalse();
  }

  @Test
  void aWordFileIsKnownByTheMainPartItDeclares() throws IOException {
    assertThat(OfficeZip.officeType(new ByteArrayInputStream(Zips.docx())))
        .contains(FileRules.DOCX);
    assertThat(
            OfficeZip.officeType(
                new ByteArrayInputStream(Zips.office(Zips.SHEET_MAIN, "xl/workbook.xml"))))
        .contains(FileRules.XLSX);
  }

  @Test
  void aMacroEnabledDocumentIsNotAPlainWordFile() throws IOException {
    byte[] docm = Zips.office(Zips.WORD_MACRO_MAIN, "word/document.xml");

    assertThat(OfficeZip.officeType(new ByteArrayInputStream(docm))).isEmpty();
  }

  @Test
  void aZipWithoutContentTypesIsNoOfficeFile() throws IOException {
    byte[] zip = Zips.zip(Map.of("word/document.xml", "<document/>"));

    assertThat(OfficeZip.officeType(new ByteArrayInputStream(zip))).isEmpty();
  }

  @Test
  void bytesThatAreNoZipAreNoOfficeFile() throws IOException {
    assertThat(OfficeZip.officeType(new ByteArrayInputStream(text("PK but not a zip")))).isEmpty();
  }
}
