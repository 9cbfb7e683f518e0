package id.klik.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.net.http.HttpRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The template catalog as a region sees it, and the check of a template file. */
@ExtendWith(LocalStack.class)
class TemplateCatalogIT {

  @Test
  void sumedangSeesPontianaksPublishedClinicTemplatesAndTheBuiltIns() {
    JsonArray catalog =
        (JsonArray)
            Api.get("/t/sumedang/api/templates", Api.token("admin.sumedang", "sumedang"))
                .structure();

    assertThat(
            catalog.stream()
                .map(JsonObject.class::cast)
                .map(t -> t.getString("id") + "@" + t.getString("version")))
        .contains(
            "klik-pontianak@2024.1",
            "klik-pontianak@2025.1",
            "design-thinking@1.0.0",
            "iid-index-2026@2026.1");
    assertThat(
            catalog.stream()
                .map(JsonObject.class::cast)
                .filter(t -> t.getString("id").equals("klik-pontianak"))
                .map(t -> t.getString("publisher")))
        .containsOnly("pontianak");
  }

  @Test
  void aPublishedVersionIsReadAsItsYaml() {
    Api.Reply yaml =
        Api.get(
            "/t/sumedang/api/templates/klik-pontianak/2024.1",
            Api.token("admin.sumedang", "sumedang"));

    assertThat(yaml.status()).isEqualTo(200);
    assertThat(yaml.body()).contains("id: klik-pontianak", "version: \"2024.1\"");
    assertThat(
            Api.get(
                    "/t/sumedang/api/templates/klik-pontianak/1999.1",
                    Api.token("admin.sumedang", "sumedang"))
                .status())
        .isEqualTo(404);
  }

  @Test
  void aBrokenTemplateFileIsReportedWithLineAndField() {
    String yaml =
        "kind: journey\nid: my-journey\nversion: \"1.0.0\"\ntitle: Perjalanan\nstagez: []\n";
    Api.Reply reply =
        Api.send(
            Api.request(
                    "/t/pontianak/api/templates/check?file=my-journey.yaml",
                    Api.token("admin.pontianak", "pontianak"))
                .header("Content-Type", "application/yaml")
                .POST(HttpRequest.BodyPublishers.ofString(yaml)));

    assertThat(reply.status()).isEqualTo(200);
    assertThat(reply.json().getBoolean("valid")).isFalse();
    assertThat(reply.json().getJsonArray("problems").getValuesAs(JsonObject.class))
        .anySatisfy(p -> assertThat(p.getInt("line")).isPositive());
  }
}
