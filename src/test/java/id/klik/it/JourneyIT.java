package id.klik.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * An innovation's journey through the API: Pontianak's clinic follows design thinking; artifacts
 * take a text and a file, done marks count towards progress, stages move; records made under
 * another journey template stay; another tenant cannot read it.
 */
@ExtendWith(LocalStack.class)
class JourneyIT {

  private static String admin;
  private static String innovation;
  private static String journey;

  @BeforeAll
  static void anInnovation() {
    admin = Api.token("admin.pontianak", "pontianak");
    String unit = InnovationFixtures.workUnit("pontianak", "DINKES");
    innovation =
        InnovationFixtures.create(
            "pontianak", admin, InnovationFixtures.unique("Jemput Bola Posyandu"), unit, false);
    journey = "/t/pontianak/api/innovations/" + innovation + "/journey";
  }

  private static JsonObject get() {
    Api.Reply r = Api.get(journey, admin);
    assertThat(r.status()).as(r.body()).isEqualTo(200);
    return r.json();
  }

  private static JsonObject artifact(JsonObject j, String stage, String artifact) {
    for (var s : j.getJsonArray("stages").getValuesAs(JsonObject.class)) {
      if (s.getString("id").equals(stage)) {
        for (var a : s.getJsonArray("artifacts").getValuesAs(JsonObject.class)) {
          if (a.getString("id").equals(artifact)) {
            return a;
          }
        }
      }
    }
    throw new AssertionError(stage + "/" + artifact + " not in " + j);
  }

  @Test
  void aNewInnovationStandsAtTheFirstStageOfTheClinicsJourney() {
    String unit = InnovationFixtures.workUnit("pontianak", "DISDUKCAPIL");
    String fresh =
        InnovationFixtures.create(
            "pontianak", admin, InnovationFixtures.unique("Akta Kilat"), unit, false);

    JsonObject j = Api.get("/t/pontianak/api/innovations/" + fresh + "/journey", admin).json();

    assertThat(j.getString("template")).isEqualTo("design-thinking@1.0.0");
    assertThat(j.getString("currentStage")).isEqualTo("empathize");
    assertThat(j.getInt("progress")).isZero();
    assertThat(j.getJsonArray("stages")).hasSize(5);
  }

  @Test
  void walkingTheStagesWithATextAndAFileCountsProgress() throws Exception {
    Api.Reply text =
        Api.put(
            journey + "/stages/empathize/artifacts/user-interviews",
            admin,
            "{\"text\":\"Lima kader posyandu diwawancarai.\",\"done\":true}");
    assertThat(text.status()).as(text.body()).isEqualTo(200);
    assertThat(text.json().getInt("progress")).isEqualTo(16); // 1 of 6 artifacts

    byte[] pdf =
        "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n".getBytes(StandardCharsets.UTF_8);
    Api.Reply file =
        Api.send(
            Api.request(
                    journey + "/stages/empathize/artifacts/empathy-map/file?filename=peta.pdf",
                    admin)
                .header("Content-Type", "application/octet-stream")
                .POST(HttpRequest.BodyPublishers.ofByteArray(pdf)));
    assertThat(file.status()).as(file.body()).isEqualTo(200);
    JsonObject map = artifact(file.json(), "empathize", "empathy-map");
    assertThat(map.getJsonObject("file").getString("name")).isEqualTo("peta.pdf");
    assertThat(map.getBoolean("done")).isFalse();

    Api.Reply done =
        Api.put(journey + "/stages/empathize/artifacts/empathy-map", admin, "{\"done\":true}");
    assertThat(done.json().getInt("progress")).isEqualTo(33);

    String href = map.getJsonObject("file").getString("href");
    HttpResponse<byte[]> download =
        Api.HTTP.send(
            Api.request("/t/pontianak/api/" + href, admin).GET().build(),
            HttpResponse.BodyHandlers.ofByteArray());
    assertThat(download.statusCode()).isEqualTo(200);
    assertThat(download.body()).isEqualTo(pdf);

    Api.Reply moved = Api.post(journey + "/move", admin, "{\"stage\":\"define\"}");
    assertThat(moved.status()).as(moved.body()).isEqualTo(200);
    assertThat(moved.json().getString("currentStage")).isEqualTo("define");
    assertThat(
            Db.count(
                "select count(*) from t_pontianak.audit_log where action = 'JOURNEY_STAGE'"
                    + " and entity_id = ?",
                innovation))
        .isEqualTo(1);
  }

  @Test
  void anArtifactIsDoneOnlyWithSomethingInIt() {
    Api.Reply r =
        Api.put(journey + "/stages/define/artifacts/problem-statement", admin, "{\"done\":true}");

    assertThat(r.status()).as(r.body()).isEqualTo(400);
  }

  @Test
  void aStageTheTemplateHasNotIsRefused() {
    assertThat(Api.post(journey + "/move", admin, "{\"stage\":\"deliver\"}").status())
        .isEqualTo(400);
    assertThat(Api.put(journey + "/stages/deliver/artifacts/x", admin, "{\"text\":\"a\"}").status())
        .isEqualTo(404);
  }

  @Test
  void recordsOfAnEarlierJourneyTemplateAreKeptWithTheirLabels() {
    String unit = InnovationFixtures.workUnit("pontianak", "DINSOS");
    String id =
        InnovationFixtures.create(
            "pontianak", admin, InnovationFixtures.unique("Dapur Sehat"), unit, false);
    String path = "/t/pontianak/api/innovations/" + id + "/journey";
    Api.put(
        path + "/stages/define/artifacts/problem-statement",
        admin,
        "{\"text\":\"Gizi\",\"done\":true}");
    // as if the clinic had followed LAN's Laboratorium Inovasi when it was written
    Db.execute(
        "update t_pontianak.journey_artifact set template_id = 'lan-laboratorium-inovasi',"
            + " stage_id = 'diagnose', stage_title_id = 'Diagnosa', stage_title_en = 'Diagnose'"
            + " where innovation_id = '"
            + id
            + "'");

    JsonObject j = Api.get(path, admin).json();

    assertThat(j.getInt("progress")).isZero();
    JsonObject earlier = j.getJsonArray("earlier").getJsonObject(0);
    assertThat(earlier.getString("template")).isEqualTo("lan-laboratorium-inovasi@1.0.0");
    assertThat(earlier.getString("stageTitle")).isEqualTo("Diagnose");
    assertThat(earlier.getString("text")).isEqualTo("Gizi");
    assertThat(earlier.getBoolean("done")).isTrue();
  }

  @Test
  void anInnovatorOfNoTeamOfTheInnovationReadsButCannotChange() {
    String innovator = Api.token("inovator.pontianak", "pontianak");

    assertThat(Api.get(journey, innovator).status()).isEqualTo(200);
    assertThat(Api.post(journey + "/move", innovator, "{\"stage\":\"ideate\"}").status())
        .isEqualTo(403);
  }

  @Test
  void anotherTenantCannotReadOrChangeTheJourneyNorDownloadItsFiles() {
    String unit = InnovationFixtures.workUnit("pontianak", "DLH");
    String id =
        InnovationFixtures.create(
            "pontianak", admin, InnovationFixtures.unique("Bank Sampah"), unit, false);
    Api.Reply file =
        Api.send(
            Api.request(
                    "/t/pontianak/api/innovations/"
                        + id
                        + "/journey/stages/test/artifacts/test-report/file?filename=uji.txt",
                    admin)
                .header("Content-Type", "text/plain")
                .POST(HttpRequest.BodyPublishers.ofString("hasil uji coba")));
    assertThat(file.status()).as(file.body()).isEqualTo(200);
    String href =
        artifact(file.json(), "test", "test-report").getJsonObject("file").getString("href");
    String singkawang = Api.token("admin.singkawang", "singkawang");
    String other = "/t/singkawang/api/innovations/" + id + "/journey";

    assertThat(Api.get(other, singkawang).status()).isEqualTo(404);
    assertThat(Api.post(other + "/move", singkawang, "{\"stage\":\"define\"}").status())
        .isEqualTo(404);
    assertThat(
            Api.put(other + "/stages/test/artifacts/test-report", singkawang, "{\"done\":true}")
                .status())
        .isEqualTo(404);
    assertThat(Api.get("/t/singkawang/api/" + href, singkawang).status()).isEqualTo(404);
    assertThat(Api.get("/t/pontianak/api/innovations/" + id + "/journey", singkawang).status())
        .isIn(401, 403, 404);
  }
}
