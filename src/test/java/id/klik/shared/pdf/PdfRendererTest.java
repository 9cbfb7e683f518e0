package id.klik.shared.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

class PdfRendererTest {

  private static String text(byte[] pdf) throws IOException {
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      return new PDFTextStripper().getText(doc);
    }
  }

  @Test
  void indonesianTextIsRenderedWithAnEmbeddedFont() throws IOException {
    Xhtml x = Xhtml.document("Uji", "body { font-family: '" + PdfRenderer.FONT + "'; }");
    x.element("p", "Penyusunan inovasi daerah – “Kelurahan Akcaya” · Rp 15.000.000,00");

    byte[] pdf = new PdfRenderer().render(x.end());

    assertThat(new String(pdf, 0, 4)).isEqualTo("%PDF");
    assertThat(text(pdf)).contains("Penyusunan inovasi daerah – “Kelurahan Akcaya”");
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      var resources = doc.getPage(0).getResources();
      for (var name : resources.getFontNames()) {
        assertThat(resources.getFont(name).isEmbedded()).isTrue();
        assertThat(resources.getFont(name).getName()).contains("Liberation");
      }
    }
  }

  @Test
  void userTextCannotAddMarkupOrLoadAResource() throws IOException {
    String hostile =
        "<img src=\"http://example.invalid/x.png\"/></p><script>x</script>&amp; \u0000\u0007 ok";
    Xhtml x = Xhtml.document("</title><b>", "");
    x.element("p", hostile);

    byte[] pdf = new PdfRenderer().render(x.end());

    assertThat(text(pdf)).contains("<img src=\"http://example.invalid/x.png\"/>").contains("ok");
  }

  @Test
  void escapeLeavesNoMarkupAndNoForbiddenCharacter() {
    assertThat(Xhtml.escape("a<b>&\"c'\u0001d")).isEqualTo("a&lt;b&gt;&amp;&quot;c&#39;d");
  }
}
