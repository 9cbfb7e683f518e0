package id.klik.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.net.http.HttpRequest;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Innovations through the REST API on the packaged WAR: the profile's rules, the history of stage
 * and status, who may change what, optimistic locking, and that another tenant can neither read nor
 * change them.
 */
@ExtendWith(LocalStack.class)
class InnovationIT {

  private static final String INNOVATIONS = "/t/pontianak/api/innovations";

  private static String staff;
  private static String innovator;
  private static String akcaya;
  private static String akcayaTeam;
  private static String bansir;

  @BeforeAll
  static void tokensAndPlaces() {
    staff = Api.token("staf.pontianak", "pontianak");
    innovator = Api.token("inovator.pontianak", "pontianak");
    akcaya = workUnit("KEL-AKCAYA");
    bansir = workUnit("KEL-BANSIR-DARAT");
    Api.Reply teams = Api.get("/t/pontianak/api/teams?q=Akcaya", staff);
    akcayaTeam = teams.json().getJsonArray("items").getJsonObject(0).getString("id");
  }

  private static String workUnit(String code) {
    Api.Reply r = Api.get("/t/pontianak/api/work-units?q=" + code, staff);
    assertThat(r.status()).as(r.body()).isEqualTo(200);
    return r.json().getJsonArray("items").getJsonObject(0).getString("id");
  }

  static String body(
      String name, String unit, String team, String stage, String trial, String applied) {
    return "{\"name\":\""
        + name
        + "\",\"workUnitId\":\""
        + unit
        + "\""
        + (team == null ? "" : ",\"teamId\":\"" + team + "\"")
        + ",\"stage\":\""
        + stage
        + "\",\"kind\":\"digital\",\"form\":\"pelayanan-publik\","
        + "\"initiator\":\"asn\",\"primaryAffair\":\"kesehatan\",\"otherAffairs\":[\"sosial\"],"
        + (trial == null ? "" : "\"trialDate\":\"" + trial + "\",")
        + (applied == null ? "" : "\"applicationDate\":\"" + applied + "\",")
        + "\"budgetAmount\":12500000.5,\"goals\":\"Mengurangi antrean posyandu\","
        + "\"designNarrative\":\"Anak-anak dan ibu-ibu dilayani 2 kali sebulan – tanpa antre.\","
        + "\"videoUrl\":\"https://youtu.be/klik\"}";
  }

  private static String unique(String name) {
    return name + " " + UUID.randomUUID().toString().substring(0, 8);
  }

  @Test
  void aRegisteredInnovationIsReadBackWithNamesWordsAndItsFirstHistory() {
    Api.Reply created =
        Api.post(
            INNOVATIONS,
            staff,
            body(unique("Posyandu Digital"), akcaya, akcayaTeam, "uji-coba", "2025-03-01", null));
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    String id = created.json().getString("id");

    JsonObject read = Api.get(INNOVATIONS + "/" + id, staff).json();
    assertThat(read.getString("workUnitName")).isEqualTo("Kelurahan Akcaya");
    assertThat(read.getString("teamName")).isEqualTo("Tim Inovasi Kelurahan Akcaya");
    assertThat(read.getString("status")).isEqualTo("aktif");
    assertThat(read.getString("trialDate")).isEqualTo("2025-03-01");
    assertThat(read.getJsonArray("otherAffairs").getString(0)).isEqualTo("sosial");
    assertThat(read.getJsonNumber("budgetAmount").bigDecimalValue())
        .isEqualByComparingTo("12500000.5");
    assertThat(read.getInt("narrativeWords"))
        .as("anak-anak is one word, the dash none")
        .isEqualTo(9);
    assertThat(read.getString("createdBy")).isEqualTo("staf.pontianak");

    JsonArray history =
        Api.get(INNOVATIONS + "/" + id + "/history", staff).structure().asJsonArray();
    assertThat(history).hasSize(2);
    assertThat(history.getJsonObject(0).getString("to")).isEqualTo("uji-coba");
    assertThat(history.getJsonObject(0).getString("changedBy")).isEqualTo("staf.pontianak");
  }

  @Test
  void movingToApplicationIsRecordedInTheHistoryWithWhoAndWhen() {
    String name = unique("Antrean Puskesmas");
    String id =
        Api.post(INNOVATIONS, staff, body(name, akcaya, akcayaTeam, "uji-coba", "2025-01-10", null))
            .json()
            .getString("id");

    Api.Reply moved =
        Api.put(
            INNOVATIONS + "/" + id,
            innovator,
            body(name, akcaya, akcayaTeam, "penerapan", "2025-01-10", "2025-06-01"));

    assertThat(moved.status()).as(moved.body()).isEqualTo(200);
    JsonArray history =
        Api.get(INNOVATIONS + "/" + id + "/history", staff).structure().asJsonArray();
    JsonObject last = history.getJsonObject(history.size() - 1);
    assertThat(last.getString("field")).isEqualTo("stage");
    assertThat(last.getString("from")).isEqualTo("uji-coba");
    assertThat(last.getString("to")).isEqualTo("penerapan");
    assertThat(last.getString("changedBy")).isEqualTo("inovator.pontianak");
    assertThat(last.getString("changedAt")).isNotBlank();
  }

  @Test
  void brokenRulesAreNamedTogetherAndNothingIsWritten() {
    String name = unique("Tanggal Terbalik");
    Api.Reply r =
        Api.post(
            INNOVATIONS,
            staff,
            body(name, akcaya, null, "penerapan", "2025-06-01", "2025-01-01")
                .replace("\"kesehatan\"", "\"sihir\""));

    assertThat(r.status()).as(r.body()).isEqualTo(400);
    assertThat(r.body())
        .contains("applicationDate", "primaryAffair")
        .contains("cannot be before the trial date");
    Api.Reply noDate =
        Api.post(INNOVATIONS, staff, body(name, akcaya, null, "penerapan", null, null));
    assertThat(noDate.status()).isEqualTo(400);
    assertThat(noDate.body()).contains("needs its application date");
    assertThat(Db.count("select count(*) from t_pontianak.innovation where name = ?", name))
        .isZero();
  }

  @Test
  void aSecondInnovationOfTheSameNameInTheWorkUnitIsAConflict() {
    String name = unique("Nama Kembar");
    assertThat(
            Api.post(INNOVATIONS, staff, body(name, bansir, null, "inisiatif", null, null))
                .status())
        .isEqualTo(201);
    Api.Reply twin =
        Api.post(
            INNOVATIONS, staff, body(name.toUpperCase(), bansir, null, "inisiatif", null, null));
    assertThat(twin.status()).as(twin.body()).isEqualTo(409);
  }

  @Test
  void anInnovatorChangesTheirTeamsInnovationsOnly() {
    String ours =
        Api.post(
                INNOVATIONS,
                innovator,
                body(unique("Milik Tim"), akcaya, akcayaTeam, "inisiatif", null, null))
            .json()
            .getString("id");
    String name = unique("Milik Klinik");
    String theirs =
        Api.post(INNOVATIONS, staff, body(name, bansir, null, "inisiatif", null, null))
            .json()
            .getString("id");

    assertThat(Api.get(INNOVATIONS + "/" + ours, innovator).json().getBoolean("editable")).isTrue();
    assertThat(Api.get(INNOVATIONS + "/" + theirs, innovator).json().getBoolean("editable"))
        .isFalse();
    Api.Reply refused =
        Api.put(
            INNOVATIONS + "/" + theirs,
            innovator,
            body(name, bansir, null, "inisiatif", null, null));
    assertThat(refused.status()).as(refused.body()).isEqualTo(403);
    Api.Reply noTeam =
        Api.post(
            INNOVATIONS,
            innovator,
            body(unique("Tanpa Tim"), akcaya, null, "inisiatif", null, null));
    assertThat(noTeam.status()).as(noTeam.body()).isEqualTo(400);
    assertThat(noTeam.body()).contains("teamId");
  }

  @Test
  void aChangeMadeInBetweenIsAConflictNotAnOverwrite() {
    String name = unique("Versi");
    Api.Reply created =
        Api.post(INNOVATIONS, staff, body(name, bansir, null, "inisiatif", null, null));
    String id = created.json().getString("id");
    String etag = "\"" + created.json().getJsonNumber("version").longValue() + "\"";
    assertThat(
            Api.put(
                    INNOVATIONS + "/" + id,
                    staff,
                    body(name, bansir, null, "inisiatif", null, null)
                        .replace("Mengurangi", "Menghapus"))
                .status())
        .isEqualTo(200);

    Api.Reply stale =
        Api.send(
            Api.request(INNOVATIONS + "/" + id, staff)
                .header("Content-Type", "application/json")
                .header("If-Match", etag)
                .PUT(
                    HttpRequest.BodyPublishers.ofString(
                        body(name, bansir, null, "inisiatif", null, null))));
    assertThat(stale.status()).as(stale.body()).isEqualTo(409);
  }

  @Test
  void theAffairsMasterListHasTheSixBasicServices() {
    JsonArray affairs = Api.get("/t/pontianak/api/affairs", innovator).structure().asJsonArray();
    assertThat(
            affairs.stream()
                .map(JsonObject.class::cast)
                .filter(a -> a.getBoolean("basicService"))
                .map(a -> a.getString("code")))
        .containsExactly(
            "pendidikan",
            "kesehatan",
            "pekerjaan-umum-penataan-ruang",
            "perumahan-rakyat-kawasan-permukiman",
            "trantibum-linmas",
            "sosial");
  }

  @Test
  void anotherTenantCanNeitherReadNorChangeAnInnovation() {
    String name = unique("Rahasia Pontianak");
    String id =
        Api.post(INNOVATIONS, staff, body(name, bansir, null, "inisiatif", null, null))
            .json()
            .getString("id");
    String sumedang = Api.token("admin.sumedang", "sumedang");

    assertThat(Api.get("/t/sumedang/api/innovations/" + id, sumedang).status()).isEqualTo(404);
    assertThat(Api.get("/t/sumedang/api/innovations/" + id + "/history", sumedang).status())
        .isEqualTo(404);
    assertThat(
            Api.put(
                    "/t/sumedang/api/innovations/" + id,
                    sumedang,
                    body(name, bansir, null, "inisiatif", null, null))
                .status())
        .isEqualTo(404);
    assertThat(Api.get("/t/sumedang/api/innovations", sumedang).body()).doesNotContain(name);
    assertThat(Api.get(INNOVATIONS + "/" + id, sumedang).status())
        .as("a token of another organization is refused at the edge")
        .isEqualTo(403);
    assertThat(Api.get(INNOVATIONS + "/" + id, staff).json().getString("name")).isEqualTo(name);
  }
}
