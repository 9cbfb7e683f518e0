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
  void whatAPublishedVersionChangedIsListedAgainstThePreviousOne() {
    String sumedang = Api.token("admin.sumedang", "sumedang");

    Api.Reply changes =
        Api.get("/t/sumedang/api/templates/klik-pontianak/2025.1/changes", sumedang);

    assertThat(changes.status()).isEqualTo(200);
    assertThat(changes.body()).contains("ai-proposal-workshop", "\"type\":\"ADDED\"");
    assertThat(Api.get("/t/sumedang/api/templates/klik-pontianak/2024.1/changes", sumedang).body())
        .isEqualTo("[]");
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
  void sumedangAdoptsCustomizesAndMergesPontianaksNewerVersionKeepingItsOwnChanges() {
    String sumedang = Api.token("admin.sumedang", "sumedang");
    String adopted = "/t/sumedang/api/templates/adopted";
    String body = "{\"templateId\":\"klik-pontianak\",\"version\":\"2024.1\"}";

    Api.Reply adoption = Api.post(adopted, sumedang, body);
    assertThat(adoption.status()).as(adoption.body()).isEqualTo(201);
    assertThat(adoption.json().getString("provenance")).isEqualTo("based on KLIK Pontianak 2024.1");
    assertThat(Api.post(adopted, sumedang, body).status()).isEqualTo(409);

    // customize: one checklist item reworded, and a service of its own that upstream adds too
    String current = Api.get(adopted + "/klik-pontianak", sumedang).body();
    String edited =
        current
            .replace(
                "Tim klinik di Bidang Litbang/Riset dan Inovasi ditetapkan",
                "Tim klinik Sumedang ditetapkan oleh Sekda")
            .replace(
                "\"services\":[",
                "\"services\":[{\"id\":\"proposal-workshop\",\"title\":{\"id\":\"Bimtek proposal Sumedang\",\"en\":\"Sumedang proposal bimtek\"}},");
    assertThat(edited).isNotEqualTo(current);
    Api.Reply customized = Api.put(adopted + "/klik-pontianak", sumedang, edited);
    assertThat(customized.status()).as(customized.body()).isEqualTo(200);
    assertThat(customized.json().getInt("revision")).isEqualTo(2);

    customizeTheRubricWeights(sumedang);

    JsonObject plan = Api.get(adopted + "/klik-pontianak/update/2025.1", sumedang).json();
    assertThat(plan.getJsonArray("upstreamChanges").toString()).contains("ai-proposal-workshop");
    assertThat(plan.getJsonArray("conflicts")).hasSize(1);
    assertThat(Api.get(adopted + "/klik-pontianak/update/not-a-version", sumedang).status())
        .isEqualTo(404);
    String conflict = plan.getJsonArray("conflicts").getJsonObject(0).getString("changeId");
    String allChanges =
        plan.getJsonArray("upstreamChanges").getValuesAs(JsonObject.class).stream()
            .map(c -> "\"" + c.getString("id") + "\"")
            .collect(java.util.stream.Collectors.joining(","));

    Api.Reply undecided =
        Api.post(
            adopted + "/klik-pontianak/update/2025.1",
            sumedang,
            "{\"chosen\":[" + allChanges + "]}");
    assertThat(undecided.status()).isEqualTo(409);

    Api.Reply merged =
        Api.post(
            adopted + "/klik-pontianak/update/2025.1",
            sumedang,
            "{\"chosen\":["
                + allChanges
                + "],\"resolutions\":{\""
                + conflict
                + "\":\"KEEP_LOCAL\"}}");
    assertThat(merged.status()).as(merged.body()).isEqualTo(200);
    assertThat(merged.json().getString("basedOn")).isEqualTo("klik-pontianak@2025.1");
    assertThat(Api.get(adopted + "/klik-pontianak", sumedang).body())
        .contains(
            "ai-proposal-workshop",
            "Tim klinik Sumedang ditetapkan oleh Sekda",
            "Sumedang proposal bimtek");
    JsonObject clinic =
        Api.send(Api.request("/t/sumedang/api/clinic", sumedang).setHeader("Accept-Language", "id"))
            .json();
    assertThat(clinic.getString("template")).isEqualTo("klik-pontianak@2025.1");
    assertThat(clinic.toString()).contains("Tim klinik Sumedang ditetapkan oleh Sekda");
    assertThat(clinic.getJsonArray("uses").getValuesAs(JsonObject.class))
        .filteredOn(u -> u.getString("ref").startsWith("city-competition-rubric@"))
        .singleElement()
        .satisfies(u -> assertThat(u.getBoolean("ownCopy")).isTrue());
    assertThat(Api.get(adopted + "/city-competition-rubric", sumedang).body())
        .contains("\"weight\":30");
    assertThat(
            Api.get("/t/pontianak/api/templates/lineage", Api.token("admin.pontianak", "pontianak"))
                .body())
        .contains("\"adopter\":\"sumedang\"", "\"version\":\"2024.1\"", "\"version\":\"2025.1\"");
    assertThat(
            Api.get("/t/pontianak/api/templates/adopted", Api.token("admin.pontianak", "pontianak"))
                .body())
        .doesNotContain("klik-pontianak@2024.1");
  }

  /** Two weights moved (still 100 in total); a total of 105 is refused and loses nothing. */
  private static void customizeTheRubricWeights(String sumedang) {
    String adopted = "/t/sumedang/api/templates/adopted";
    assertThat(
            Api.post(
                    adopted,
                    sumedang,
                    "{\"templateId\":\"city-competition-rubric\",\"version\":\"1.0.0\"}")
                .status())
        .isEqualTo(201);
    String rubric = Api.get(adopted + "/city-competition-rubric", sumedang).body();
    assertThat(rubric).contains("\"weight\":25", "\"weight\":20");

    Api.Reply tooMuch =
        Api.put(
            adopted + "/city-competition-rubric",
            sumedang,
            rubric.replaceFirst("\"weight\":25", "\"weight\":30"));
    assertThat(tooMuch.status()).isEqualTo(400);
    assertThat(
            Api.put(
                    adopted + "/city-competition-rubric",
                    sumedang,
                    rubric.replace("\"kind\":\"rubric\"", "\"kind\":\"journey\""))
                .status())
        .as("an adopted rubric stays a rubric")
        .isEqualTo(400);
    assertThat(tooMuch.body()).contains("105");
    assertThat(Api.get(adopted + "/city-competition-rubric", sumedang).body()).isEqualTo(rubric);

    Api.Reply moved =
        Api.put(
            adopted + "/city-competition-rubric",
            sumedang,
            rubric
                .replaceFirst("\"weight\":25", "\"weight\":30")
                .replaceFirst("\"weight\":20", "\"weight\":15"));
    assertThat(moved.status()).as(moved.body()).isEqualTo(200);

    Api.Reply stale =
        Api.send(
            Api.request(adopted + "/city-competition-rubric", sumedang)
                .header("Content-Type", "application/json")
                .header("If-Match", "\"1\"")
                .PUT(java.net.http.HttpRequest.BodyPublishers.ofString(rubric)));
    assertThat(stale.status()).isEqualTo(409);
    assertThat(Api.get(adopted + "/city-competition-rubric", sumedang).body())
        .contains("\"weight\":30");
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
