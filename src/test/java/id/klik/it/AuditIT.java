package id.klik.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The audit trail viewer through the API: filters by person, kind and day, paging newest first, the
 * CSV export (safe to open in a spreadsheet), clinic admins only, one tenant's trail only.
 */
@ExtendWith(LocalStack.class)
class AuditIT {

  private static final String AUDIT = "/t/pontianak/api/audit";

  private static String admin;
  private static String teamId;

  @BeforeAll
  static void somethingIsWritten() {
    admin = Api.token("admin.pontianak", "pontianak");
    JsonObject seeded =
        Api.get("/t/pontianak/api/teams?q=Akcaya", admin)
            .json()
            .getJsonArray("items")
            .getJsonObject(0);
    String unit =
        Api.get("/t/pontianak/api/work-units?q=KEL-SUNGAI-BANGKONG", admin)
            .json()
            .getJsonArray("items")
            .getJsonObject(0)
            .getString("id");
    String body =
        "{\"name\":\"=HYPERLINK(\\\"http://x\\\")\",\"workUnitId\":\""
            + unit
            + "\",\"members\":[{\"memberId\":\""
            + seeded.getString("leaderId")
            + "\",\"leader\":true}]}";
    Api.Reply created = Api.post("/t/pontianak/api/teams", admin, body);
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    teamId = created.json().getString("id");
    Api.post(
        "/t/pontianak/api/work-units",
        admin,
        "{\"code\":\"AUDIT-OPD\",\"name\":\"Dinas Audit\",\"kind\":\"OPD\"}");
  }

  @Test
  void filtersByPersonAndKindOfObject() {
    Api.Reply r = Api.get(AUDIT + "?actor=ADMIN.PONTIANAK&type=team&size=200", admin);

    assertThat(r.status()).as(r.body()).isEqualTo(200);
    JsonArray items = r.json().getJsonArray("items");
    assertThat(items).isNotEmpty();
    assertThat(items.getValuesAs(JsonObject.class))
        .allSatisfy(
            i -> {
              assertThat(i.getString("actor")).isEqualTo("admin.pontianak");
              assertThat(i.getString("type")).isEqualTo("team");
              assertThat(i.getString("localTime")).endsWith(" WIB");
            });
    assertThat(r.body()).contains(teamId);
  }

  @Test
  void pagesAreNewestFirstAndDoNotOverlap() {
    JsonObject first = Api.get(AUDIT + "?size=2&page=0", admin).json();
    JsonObject second = Api.get(AUDIT + "?size=2&page=1", admin).json();

    JsonArray a = first.getJsonArray("items");
    JsonArray b = second.getJsonArray("items");
    assertThat(first.getJsonNumber("total").longValue()).isGreaterThanOrEqualTo(4);
    assertThat(at(a, 0)).isAfterOrEqualTo(at(a, 1));
    assertThat(at(a, 1)).isAfterOrEqualTo(at(b, 0));
    assertThat(b.toString()).doesNotContain(a.getJsonObject(1).toString());
  }

  private static OffsetDateTime at(JsonArray items, int i) {
    return OffsetDateTime.parse(items.getJsonObject(i).getString("at"));
  }

  @Test
  void daysAreTheClinicsDays() {
    String today = LocalDate.now(ZoneId.of("Asia/Jakarta")).toString();

    JsonObject now = Api.get(AUDIT + "?type=team&from=" + today + "&to=" + today, admin).json();
    JsonObject past = Api.get(AUDIT + "?type=team&from=2000-01-01&to=2000-01-31", admin).json();

    assertThat(now.getJsonNumber("total").longValue()).isPositive();
    assertThat(past.getJsonNumber("total").longValue()).isZero();
  }

  @Test
  void badDatesAndPagesAreNamed() {
    Api.Reply date = Api.get(AUDIT + "?from=1-12-2026", admin);
    Api.Reply reversed = Api.get(AUDIT + "?from=2026-12-02&to=2026-12-01", admin);
    Api.Reply negative = Api.get(AUDIT + "?page=-1", admin);
    Api.Reply words = Api.get(AUDIT + "?page=abc", admin);
    Api.Reply huge = Api.get(AUDIT + "?size=100000", admin);

    assertThat(date.status()).isEqualTo(400);
    assertThat(date.body()).contains("yyyy-MM-dd");
    assertThat(reversed.status()).isEqualTo(400);
    assertThat(negative.status()).isEqualTo(400);
    assertThat(words.status()).isEqualTo(400);
    assertThat(huge.status()).isEqualTo(400);
  }

  @Test
  void theCsvHasTheFilteredTrailAndNoFormulas() {
    Api.Reply csv = Api.get("/t/pontianak/api/audit.csv?type=team", admin);
    Api.Reply negotiated =
        Api.send(Api.request(AUDIT + "?type=team", admin).header("Accept", "text/csv").GET());

    assertThat(csv.status()).isEqualTo(200);
    assertThat(csv.body())
        .startsWith("\uFEFF\"time\",\"actor\",\"action\",\"type\"")
        .contains(teamId, "\"'=HYPERLINK(\"\"http://x\"\")")
        .doesNotContain("\"=HYPERLINK", "work_unit");
    assertThat(negotiated.status()).isEqualTo(200);
    assertThat(negotiated.body()).contains(teamId).doesNotContain("\"items\"");
  }

  @Test
  void anInnovatorMayNotReadTheTrail() {
    String innovator = Api.token("inovator.pontianak", "pontianak");

    assertThat(Api.get(AUDIT, innovator).status()).isEqualTo(403);
    assertThat(Api.get("/t/pontianak/api/audit.csv", innovator).status()).isEqualTo(403);
  }

  @Test
  void sumedangSeesOnlyItsOwnTrail() {
    String sumedang = Api.token("admin.sumedang", "sumedang");

    Api.Reply own = Api.get("/t/sumedang/api/audit?size=200", sumedang);
    Api.Reply ownCsv = Api.get("/t/sumedang/api/audit.csv", sumedang);

    assertThat(own.status()).isEqualTo(200);
    assertThat(own.body()).doesNotContain(teamId, "admin.pontianak", "AUDIT-OPD");
    assertThat(ownCsv.body()).doesNotContain(teamId, "admin.pontianak");
    assertThat(Api.get(AUDIT, sumedang).status()).isIn(403, 404);
    assertThat(Api.get("/t/pontianak/api/audit.csv", sumedang).status()).isIn(403, 404);
  }

  @Test
  void everyTeamWriteIsInTheTrail() {
    long before =
        Db.count(
            "select count(*) from t_pontianak.audit_log where entity = 'team' and entity_id = ?",
            teamId);
    JsonObject team = Api.get("/t/pontianak/api/teams/" + teamId, admin).json();
    String body =
        "{\"name\":\"Tim Audit\",\"workUnitId\":\""
            + team.getString("workUnitId")
            + "\",\"members\":[{\"memberId\":\""
            + team.getString("leaderId")
            + "\",\"leader\":true}]}";

    assertThat(Api.put("/t/pontianak/api/teams/" + teamId, admin, body).status()).isEqualTo(200);

    assertThat(
            Db.count(
                "select count(*) from t_pontianak.audit_log where entity = 'team' and entity_id = ?",
                teamId))
        .isEqualTo(before + 1);
  }
}
