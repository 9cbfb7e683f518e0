package id.klik.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.http.HttpRequest;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Innovator teams through the REST API: the manifest's seed, the rules, optimistic locking, the
 * audit trail, and that another tenant can neither read nor change them.
 */
@ExtendWith(LocalStack.class)
class TeamsIT {

  private static final String TEAMS = "/t/pontianak/api/teams";

  private static String admin;
  private static String innovatorId;
  private static String adminId;
  private static String unitId;

  @BeforeAll
  static void seededTeamNamesItsMembers() {
    admin = Api.token("admin.pontianak", "pontianak");
    JsonObject seeded = onlyTeam(Api.get(TEAMS + "?q=Akcaya", admin));
    assertThat(seeded.getString("name")).isEqualTo("Tim Inovasi Kelurahan Akcaya");
    assertThat(seeded.getString("workUnitName")).isEqualTo("Kelurahan Akcaya");
    JsonObject leader = seeded.getJsonArray("members").getJsonObject(0);
    assertThat(leader.getString("username")).isEqualTo("inovator.pontianak");
    assertThat(leader.getBoolean("leader")).isTrue();
    innovatorId = leader.getString("memberId");
    adminId = seeded.getJsonArray("members").getJsonObject(1).getString("memberId");
    unitId = workUnit("KEL-BANSIR-DARAT");
  }

  private static JsonObject onlyTeam(Api.Reply list) {
    assertThat(list.status()).as(list.body()).isEqualTo(200);
    assertThat(list.json().getJsonArray("items")).as(list.body()).hasSize(1);
    return list.json().getJsonArray("items").getJsonObject(0);
  }

  private static String workUnit(String code) {
    Api.Reply r = Api.get("/t/pontianak/api/work-units?q=" + code, admin);
    return r.json().getJsonArray("items").getJsonObject(0).getString("id");
  }

  private static String body(String name, String unit, String leader, String... others) {
    StringBuilder members = new StringBuilder("{\"memberId\":\"" + leader + "\",\"leader\":true}");
    for (String o : others) {
      members.append(",{\"memberId\":\"").append(o).append("\",\"leader\":false}");
    }
    return "{\"name\":\""
        + name
        + "\",\"workUnitId\":\""
        + unit
        + "\",\"members\":["
        + members
        + "]}";
  }

  private static JsonObject create(String name) {
    Api.Reply r = Api.post(TEAMS, admin, body(name, unitId, innovatorId, adminId));
    assertThat(r.status()).as(r.body()).isEqualTo(201);
    return r.json();
  }

  @Test
  void aCreatedTeamIsListedReadWithNamesAndAudited() {
    JsonObject created = create("Tim Bansir Satu");
    String id = created.getString("id");

    JsonObject read = Api.get(TEAMS + "/" + id, admin).json();

    assertThat(read.getString("workUnitName")).isEqualTo("Kelurahan Bansir Darat");
    assertThat(read.getString("leaderId")).isEqualTo(innovatorId);
    assertThat(read.getJsonArray("members").getJsonObject(0).getString("name"))
        .isEqualTo("Inovator Pontianak");
    assertThat(
            onlyTeam(Api.get(TEAMS + "?workUnitId=" + unitId + "&q=satu", admin)).getString("id"))
        .isEqualTo(id);
    assertThat(
            Db.count(
                "select count(*) from t_pontianak.audit_log where entity = 'team' and entity_id = ?"
                    + " and actor = 'admin.pontianak' and action = 'CREATE'",
                id))
        .isEqualTo(1);
  }

  @Test
  void theTeamsOfAMemberAreListed() {
    String id = create("Tim Bansir Empat").getString("id");

    Api.Reply ofInnovator = Api.get(TEAMS + "?size=200&memberId=" + innovatorId, admin);
    Api.Reply ofStranger = Api.get(TEAMS + "?memberId=" + UUID.randomUUID(), admin);

    assertThat(ofInnovator.body()).contains(id, "Tim Inovasi Kelurahan Akcaya");
    assertThat(ofStranger.json().getJsonNumber("total").longValue()).isZero();
  }

  @Test
  void anUpdateReplacesNameMembersAndLeader() {
    JsonObject created = create("Tim Bansir Dua");
    String id = created.getString("id");

    Api.Reply updated =
        Api.put(TEAMS + "/" + id, admin, body("Tim Bansir Dua Baru", unitId, adminId));

    assertThat(updated.status()).as(updated.body()).isEqualTo(200);
    JsonObject team = updated.json();
    assertThat(team.getString("name")).isEqualTo("Tim Bansir Dua Baru");
    assertThat(team.getString("leaderId")).isEqualTo(adminId);
    assertThat(team.getJsonArray("members")).hasSize(1);
    assertThat(Db.count("select count(*) from t_pontianak.team_member where team_id = ?::uuid", id))
        .isEqualTo(1);
  }

  @Test
  void aStaleVersionIsAConflict() {
    JsonObject created = create("Tim Bansir Tiga");
    String id = created.getString("id");
    String stale = "\"" + created.getJsonNumber("version").longValue() + "\"";
    Api.put(TEAMS + "/" + id, admin, body("Tim Bansir Tiga", unitId, adminId, innovatorId));

    Api.Reply late =
        Api.send(
            Api.request(TEAMS + "/" + id, admin)
                .header("Content-Type", "application/json")
                .header("If-Match", stale)
                .PUT(HttpRequest.BodyPublishers.ofString(body("Tim Lain", unitId, innovatorId))));

    assertThat(late.status()).as(late.body()).isEqualTo(409);
    assertThat(Api.get(TEAMS + "/" + id, admin).json().getString("name"))
        .isEqualTo("Tim Bansir Tiga");
  }

  @Test
  void aSecondTeamOfTheSameNameInTheWorkUnitIsAConflict() {
    create("Tim Kembar");

    Api.Reply again = Api.post(TEAMS, admin, body("tim kembar", unitId, innovatorId));

    assertThat(again.status()).isEqualTo(409);
    assertThat(again.json().getString("message")).contains("tim kembar");
  }

  @Test
  void noLeaderTwoLeadersAndAnEmptyNameAreNamedAndNothingIsWritten() {
    long before = Db.count("select count(*) from t_pontianak.team");
    String noLeader =
        "{\"name\":\"\",\"workUnitId\":\""
            + unitId
            + "\",\"members\":[{\"memberId\":\""
            + innovatorId
            + "\",\"leader\":false}]}";
    String twoLeaders =
        "{\"name\":\"Tim Dua Ketua\",\"workUnitId\":\""
            + unitId
            + "\",\"members\":[{\"memberId\":\""
            + innovatorId
            + "\",\"leader\":true},{\"memberId\":\""
            + adminId
            + "\",\"leader\":true}]}";

    Api.Reply first = Api.post(TEAMS, admin, noLeader);
    Api.Reply second = Api.post(TEAMS, admin, twoLeaders);

    assertThat(first.status()).isEqualTo(400);
    assertThat(first.json().getJsonArray("problems")).hasSize(2);
    assertThat(first.body()).contains("The team needs a name.", "none is marked");
    assertThat(second.status()).isEqualTo(400);
    assertThat(second.body()).contains("2 are marked");
    assertThat(Db.count("select count(*) from t_pontianak.team")).isEqualTo(before);
  }

  @Test
  void anUnknownMemberOrWorkUnitIsABadRequestInTheCallersLanguage() {
    String stranger = UUID.randomUUID().toString();
    Api.Reply member = Api.post(TEAMS, admin, body("Tim Asing", unitId, stranger));
    Api.Reply unit =
        Api.send(
            Api.request(TEAMS, admin)
                .header("Content-Type", "application/json")
                .setHeader("Accept-Language", "id")
                .POST(
                    HttpRequest.BodyPublishers.ofString(
                        body("Tim Asing", UUID.randomUUID().toString(), innovatorId))));

    assertThat(member.status()).isEqualTo(400);
    assertThat(member.body()).contains("There is no member " + stranger);
    assertThat(unit.status()).isEqualTo(400);
    assertThat(unit.body()).contains("Tidak ada unit kerja");
  }

  @Test
  void anInactiveWorkUnitTakesNoNewTeam() {
    String kec =
        Api.post(
                "/t/pontianak/api/work-units",
                admin,
                "{\"code\":\"TEAM-KEC-OLD\",\"name\":\"Kecamatan Lama\",\"kind\":\"KECAMATAN\"}")
            .json()
            .getString("id");
    Api.post("/t/pontianak/api/work-units/" + kec + "/deactivate", admin, null);

    Api.Reply r = Api.post(TEAMS, admin, body("Tim Lama", kec, innovatorId));

    assertThat(r.status()).isEqualTo(400);
    assertThat(r.body()).contains("no longer active");
  }

  @Test
  void anInnovatorReadsTeamsButCannotCreateOne() {
    String innovator = Api.token("inovator.pontianak", "pontianak");

    assertThat(Api.get(TEAMS, innovator).status()).isEqualTo(200);
    assertThat(Api.post(TEAMS, innovator, body("Tim Sendiri", unitId, innovatorId)).status())
        .isEqualTo(403);
  }

  @Test
  void sumedangCanNeitherReadNorChangePontianaksTeams() {
    String id = create("Tim Rahasia").getString("id");
    String sumedang = Api.token("admin.sumedang", "sumedang");
    String viaSumedang = "/t/sumedang/api/teams/" + id;

    assertThat(Api.get(viaSumedang, sumedang).status()).isEqualTo(404);
    assertThat(Api.put(viaSumedang, sumedang, body("Diambil", unitId, innovatorId)).status())
        .isEqualTo(404);
    assertThat(Api.get("/t/sumedang/api/teams?size=200", sumedang).body())
        .doesNotContain(id)
        .contains("Tim Inovasi Sumedang");
    assertThat(Api.get(TEAMS + "?size=200", sumedang).status()).isIn(403, 404);
    assertThat(Api.post(TEAMS, sumedang, body("Diambil", unitId, innovatorId)).status())
        .isIn(403, 404);
    assertThat(Api.get(TEAMS + "/" + id, admin).json().getString("name")).isEqualTo("Tim Rahasia");
  }
}
