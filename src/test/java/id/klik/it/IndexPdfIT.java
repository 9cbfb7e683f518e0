package id.klik.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.http.HttpResponse;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The two PDFs on the packaged WAR, read back with PDFBox: an innovation's profile (its own text,
 * markup in it kept as text) and the leadership summary of Pontianak's demo 2026 cycle (the index
 * figure the API gives); another tenant's innovation id answers 404.
 */
@ExtendWith(LocalStack.class)
class IndexPdfIT {

  private static String admin;
  private static String innovation;
  private static String name;

  @BeforeAll
  static void anInnovation() {
    admin = Api.token("admin.pontianak", "pontianak");
    String unit = InnovationFixtures.workUnit("pontianak", "KEL-AKCAYA");
    name = InnovationFixtures.unique("Profil <Uji> & Ceria");
    String json =
        InnovationFixtures.body(name, unit, false)
            .replace(
                "\"goals\":\"Mempercepat layanan bagi warga.\"",
                "\"goals\":\"Mempercepat layanan bagi warga kelurahan – tanpa antre.\"");
    Api.Reply r = Api.post("/t/pontianak/api/innovations", admin, json);
    assertThat(r.status()).as(r.body()).isEqualTo(201);
    innovation = r.json().getString("id");
  }

  @Test
  void theProfileOpensWithItsTextAndFields() throws IOException {
    HttpResponse<byte[]> r =
        bytes("/t/pontianak/api/innovations/" + innovation + "/profile.pdf", admin);

    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.headers().firstValue("Content-Type"))
        .hasValueSatisfying(t -> assertThat(t).startsWith("application/pdf"));
    try (PDDocument doc = Loader.loadPDF(r.body())) {
      String text = new PDFTextStripper().getText(doc);
      assertThat(doc.getNumberOfPages()).isGreaterThanOrEqualTo(1);
      assertThat(text)
          .contains(name)
          .contains("Profil inovasi")
          .contains("Mempercepat layanan bagi warga kelurahan – tanpa antre.")
          .contains("Kesehatan");
    }
  }

  @Test
  void anotherTenantsInnovationIsNotFound() {
    String singkawang = Api.token("admin.singkawang", "singkawang");

    HttpResponse<byte[]> r =
        bytes("/t/singkawang/api/innovations/" + innovation + "/profile.pdf", singkawang);

    assertThat(r.statusCode()).isEqualTo(404);
  }

  @Test
  void theLeadershipSummaryShowsTheEstimatedIndex() throws IOException {
    Api.Reply estimate = Api.get("/t/pontianak/api/index/2026", admin);
    assertThat(estimate.status()).as(estimate.body()).isEqualTo(200);
    JsonObject e = estimate.json();
    String index =
        new BigDecimal(e.getJsonNumber("index").toString())
            .setScale(2, RoundingMode.HALF_UP)
            .toPlainString();

    HttpResponse<byte[]> r = bytes("/t/pontianak/api/index/2026/report.pdf?lang=en", admin);

    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(new String(r.body(), 0, 4)).isEqualTo("%PDF");
    try (PDDocument doc = Loader.loadPDF(r.body())) {
      String text = new PDFTextStripper().getText(doc);
      assertThat(doc.getNumberOfPages()).isBetween(1, 6);
      assertThat(text)
          .contains("Regional innovation index 2026")
          .contains(index)
          .contains("Breakdown by aspect")
          .contains("Steps that gain most");
    }
  }

  @Test
  void aYearWithoutACycleHasNoReport() {
    assertThat(bytes("/t/pontianak/api/index/1999/report.pdf", admin).statusCode()).isEqualTo(404);
  }

  static HttpResponse<byte[]> bytes(String path, String token) {
    try {
      return Api.HTTP.send(
          Api.request(path, token).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
