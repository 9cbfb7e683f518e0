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

  @Test
  void sumedangAdoptsKlikPontianakAndBothSeeTheLineage() {
    String sumedang = Api.token("admin.sumedang", "sumedang");
    String body = "{\"templateId\":\"klik-pontianak\",\"version\":\"2024.1\"}";

    Api.Reply adopted = Api.post("/t/sumedang/api/templates/adopted", sumedang, body);

    assertThat(adopted.status()).as(adopted.body()).isEqualTo(201);
    assertThat(adopted.json().getString("provenance")).isEqualTo("based on KLIK Pontianak 2024.1");
    assertThat(Api.post("/t/sumedang/api/templates/adopted", sumedang, body).status())
        .isEqualTo(409);
    assertThat(Api.get("/t/sumedang/api/templates/adopted", sumedang).body())
        .contains("klik-pontianak@2024.1");
    assertThat(
            Api.get("/t/pontianak/api/templates/lineage", Api.token("admin.pontianak", "pontianak"))
                .body())
        .contains("\"adopter\":\"sumedang\"", "\"templateId\":\"klik-pontianak\"");
    assertThat(
            Api.get("/t/pontianak/api/templates/adopted", Api.token("admin.pontianak", "pontianak"))
                .body())
        .doesNotContain("klik-pontianak@2024.1");
  }

  @Test
  void onlyAClinicAdminAdopts() {
    Api.Reply reply =
        Api.post(
            "/t/pontianak/api/templates/adopted",
            Api.token("inovator.pontianak", "pontianak"),
            "{\"templateId\":\"design-thinking\",\"version\":\"1.0.0\"}");

    assertThat(reply.status()).isEqualTo(403);
  }
}
