package id.klik.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.net.http.HttpRequest;
import java.time.Year;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A region writes a template in the app and publishes it to chosen regions only: they see and adopt
 * it, every other region neither sees nor adopts it.
 */
@ExtendWith(LocalStack.class)
class TemplatePublishingIT {

  private static final String DRAFTS = "/t/pontianak/api/templates/drafts";

  private static Api.Reply postYaml(String path, String token, String yaml) {
    return Api.send(
        Api.request(path, token)
            .header("Content-Type", "application/yaml")
            .POST(HttpRequest.BodyPublishers.ofString(yaml)));
  }

  @Test
  void aTemplatePublishedToSumedangOnlyIsNeitherSeenNorAdoptedBySingkawang() {
    String pontianak = Api.token("admin.pontianak", "pontianak");
    String sumedang = Api.token("admin.sumedang", "sumedang");
    String singkawang = Api.token("admin.singkawang", "singkawang");
    String version = Year.now().getValue() + ".1";

    Api.Reply draft = Api.post(DRAFTS + "/from/city-competition-rubric/1.0.0", pontianak, null);
    assertThat(draft.status()).as(draft.body()).isEqualTo(201);
    assertThat(draft.json().getString("templateId")).isEqualTo("pontianak-city-competition-rubric");
    assertThat(draft.json().getBoolean("valid")).isTrue();
    String id = draft.json().getString("id");

    Api.Reply nobody = Api.post(DRAFTS + "/" + id + "/publish", pontianak, "{\"tenants\":[]}");
    assertThat(nobody.status()).as("an empty choice never means everyone").isEqualTo(400);

    Api.Reply published =
        Api.post(DRAFTS + "/" + id + "/publish", pontianak, "{\"tenants\":[\"sumedang\"]}");
    assertThat(published.status()).as(published.body()).isEqualTo(201);
    assertThat(published.json().getJsonArray("tenants").getString(0)).isEqualTo("sumedang");
    assertThat(Api.get(DRAFTS + "/" + id, pontianak).status()).isEqualTo(404);

    assertThat(Api.get("/t/sumedang/api/templates", sumedang).body())
        .contains("pontianak-city-competition-rubric");
    assertThat(Api.get("/t/singkawang/api/templates", singkawang).body())
        .doesNotContain("pontianak-city-competition-rubric");
    assertThat(
            Api.get(
                    "/t/singkawang/api/templates/pontianak-city-competition-rubric/" + version,
                    singkawang)
                .status())
        .isEqualTo(404);
    String adopt =
        "{\"templateId\":\"pontianak-city-competition-rubric\",\"version\":\"" + version + "\"}";
    assertThat(Api.post("/t/singkawang/api/templates/adopted", singkawang, adopt).status())
        .isEqualTo(404);
    assertThat(Api.post("/t/sumedang/api/templates/adopted", sumedang, adopt).status())
        .isEqualTo(201);

    JsonArray ours =
        (JsonArray) Api.get("/t/pontianak/api/templates/published", pontianak).structure();
    assertThat(ours.getValuesAs(JsonObject.class))
        .filteredOn(p -> p.getString("id").equals("pontianak-city-competition-rubric"))
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.getString("version")).isEqualTo(version);
              assertThat(p.getBoolean("allTenants")).isFalse();
              assertThat(p.getJsonArray("tenants").toString()).isEqualTo("[\"sumedang\"]");
            });
  }

  @Test
  void aDraftWithProblemsIsKeptButNotPublished() {
    String pontianak = Api.token("admin.pontianak", "pontianak");
    String yaml =
        "kind: rubric\nid: pontianak-half-done\nversion: \"2030.1\"\ntitle: Rubrik setengah jadi\n"
            + "publisher: {tenant: pontianak}\ncriteria: []\n";

    Api.Reply draft = postYaml(DRAFTS, pontianak, yaml);
    assertThat(draft.status()).as(draft.body()).isEqualTo(201);
    assertThat(draft.json().getBoolean("valid")).isFalse();
    assertThat(draft.json().getJsonArray("problems").getValuesAs(JsonObject.class))
        .allSatisfy(p -> assertThat(p.getString("message")).isNotBlank());
    String id = draft.json().getString("id");

    Api.Reply refused = Api.post(DRAFTS + "/" + id + "/publish", pontianak, "{}");
    assertThat(refused.status()).isEqualTo(400);
    assertThat(Api.get(DRAFTS + "/" + id, pontianak).body()).isEqualTo(yaml);

    long revision = draft.json().getJsonNumber("revision").longValue();
    Api.Reply saved = putYaml(DRAFTS + "/" + id, pontianak, yaml + "# one\n", revision);
    assertThat(saved.status()).as(saved.body()).isEqualTo(200);
    Api.Reply stale = putYaml(DRAFTS + "/" + id, pontianak, yaml + "# two\n", revision);
    assertThat(stale.status()).isEqualTo(409);
    assertThat(Api.get(DRAFTS + "/" + id, pontianak).body()).endsWith("# one\n");
  }

  @Test
  void aDraftStartsFromATemplateWhosePublisherIsWrittenAsABlock() {
    String sumedang = Api.token("admin.sumedang", "sumedang");
    String singkawang = Api.token("admin.singkawang", "singkawang");
    String yaml =
        Api.get("/t/sumedang/api/templates/design-thinking/1.0.0", sumedang)
            .body()
            .replaceFirst("(?m)^id:.*$", "id: sumedang-block-journey")
            .replaceFirst("(?m)^version:.*$", "version: \"2099.1\"")
            .replaceFirst(
                "(?m)^publisher:.*$",
                "publisher:\n  tenant: sumedang\n  name:\n    id: Kabupaten Sumedang\n"
                    + "    en: Sumedang Regency");
    Api.Reply written = postYaml("/t/sumedang/api/templates/drafts", sumedang, yaml);
    assertThat(written.json().getBoolean("valid")).as(written.body()).isTrue();
    String id = written.json().getString("id");
    Api.Reply published =
        Api.post(
            "/t/sumedang/api/templates/drafts/" + id + "/publish",
            sumedang,
            "{\"tenants\":[\"singkawang\"]}");
    assertThat(published.status()).as(published.body()).isEqualTo(201);

    Api.Reply copy =
        Api.post(
            "/t/singkawang/api/templates/drafts/from/sumedang-block-journey/2099.1",
            singkawang,
            null);
    assertThat(copy.status()).as(copy.body()).isEqualTo(201);
    assertThat(copy.json().getBoolean("valid")).as(copy.body()).isTrue();
    assertThat(copy.json().getString("templateId")).isEqualTo("singkawang-sumedang-block-journey");
    Api.Reply next =
        Api.post(
            "/t/sumedang/api/templates/drafts/from/sumedang-block-journey/2099.1", sumedang, null);
    assertThat(next.status()).as(next.body()).isEqualTo(201);
    assertThat(next.json().getBoolean("valid")).as(next.body()).isTrue();
    assertThat(next.json().getString("version")).isEqualTo("2099.2");
  }

  private static Api.Reply putYaml(String path, String token, String yaml, long revision) {
    return Api.send(
        Api.request(path, token)
            .header("Content-Type", "application/yaml")
            .header("If-Match", "\"" + revision + "\"")
            .PUT(HttpRequest.BodyPublishers.ofString(yaml)));
  }

  @Test
  void aRegionCannotPublishUnderAnotherPublishersIdOrToAnUnknownRegion() {
    String sumedang = Api.token("admin.sumedang", "sumedang");
    String drafts = "/t/sumedang/api/templates/drafts";
    String yaml =
        Api.get("/t/sumedang/api/templates/klik-pontianak/2025.1", sumedang)
            .body()
            .replaceFirst("(?m)^version:.*$", "version: \"2099.1\"")
            .replaceFirst(
                "(?m)^publisher:.*$", "publisher: {tenant: sumedang, name: Kabupaten Sumedang}");
    String id = postYaml(drafts, sumedang, yaml).json().getString("id");

    Api.Reply taken = Api.post(drafts + "/" + id + "/publish", sumedang, "{}");
    assertThat(taken.status()).as(taken.body()).isEqualTo(409);
    assertThat(taken.body()).contains("klik-pontianak");

    String own = yaml.replaceFirst("(?m)^id:.*$", "id: sumedang-clinic");
    Api.Reply ownDraft =
        Api.send(
            Api.request(drafts + "/" + id, sumedang)
                .header("Content-Type", "application/yaml")
                .PUT(HttpRequest.BodyPublishers.ofString(own)));
    assertThat(ownDraft.json().getBoolean("valid")).as(ownDraft.body()).isTrue();
    Api.Reply unknown =
        Api.post(drafts + "/" + id + "/publish", sumedang, "{\"tenants\":[\"atlantis\"]}");
    assertThat(unknown.status()).isEqualTo(400);
    assertThat(unknown.body()).contains("atlantis");
  }
}
