package id.klik.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Work units through the REST API, with the rules, the CSV import and the audit trail. */
@ExtendWith(LocalStack.class)
class WorkUnitApiIT {

  private static final String UNITS = "/t/pontianak/api/work-units";

  private static String admin() {
    return Api.token("admin.pontianak", "pontianak");
  }

  private static JsonObject create(String token, String code, String kind, String parentId) {
    String parent = parentId == null ? "null" : "\"" + parentId + "\"";
    Api.Reply r =
        Api.post(
            UNITS,
            token,
            "{\"code\":\""
                + code
                + "\",\"name\":\"Unit "
                + code
                + "\",\"kind\":\""
                + kind
                + "\",\"parentId\":"
                + parent
                + "}");
    assertThat(r.status()).as(r.body()).isEqualTo(201);
    return r.json();
  }

  @Test
  void createdUnitCanBeReadUpdatedAndIsAudited() {
    String token = admin();
    JsonObject created = create(token, "API-OPD-1", "OPD", null);
    String id = created.getString("id");

    Api.Reply updated =
        Api.put(
            UNITS + "/" + id,
            token,
            "{\"code\":\"API-OPD-1\",\"name\":\"Dinas Uji\",\"kind\":\"OPD\"}");

    assertThat(updated.status()).isEqualTo(200);
    assertThat(Api.get(UNITS + "/" + id, token).json().getString("name")).isEqualTo("Dinas Uji");
    assertThat(
            Db.count(
                "select count(*) from t_pontianak.audit_log where entity_id = ? and actor = 'admin.pontianak'",
                id))
        .isEqualTo(2);
  }

  @Test
  void duplicateCodeIsAConflict() {
    String token = admin();
    create(token, "API-DUP", "OPD", null);

    Api.Reply again =
        Api.post(UNITS, token, "{\"code\":\"API-DUP\",\"name\":\"Again\",\"kind\":\"OPD\"}");

    assertThat(again.status()).isEqualTo(409);
    assertThat(again.json().getString("message")).contains("API-DUP");
  }

  @Test
  void invalidInputNamesEveryFieldInTheCallersLanguage() {
    Api.Reply reply =
        Api.post(UNITS, admin(), "{\"code\":\"\",\"name\":\"\",\"kind\":\"KELURAHAN\"}");

    assertThat(reply.status()).isEqualTo(400);
    assertThat(reply.json().getJsonArray("problems")).hasSize(3);
    assertThat(reply.body()).contains("The code is required.");
  }

  @Test
  void movingAUnitUnderItsOwnChildIsRefused() {
    String token = admin();
    JsonObject kecamatan = create(token, "API-KEC", "KECAMATAN", null);
    JsonObject opd = create(token, "API-OPD-P", "OPD", null);
    JsonObject upt = create(token, "API-UPT", "UPT", opd.getString("id"));

    Api.Reply cycle =
        Api.post(
            UNITS + "/" + opd.getString("id") + "/move",
            token,
            "{\"parentId\":\"" + upt.getString("id") + "\"}");
    Api.Reply wrongKind =
        Api.post(
            UNITS + "/" + upt.getString("id") + "/move",
            token,
            "{\"parentId\":\"" + kecamatan.getString("id") + "\"}");

    assertThat(cycle.status()).isEqualTo(400);
    assertThat(wrongKind.status()).isEqualTo(400);
  }

  @Test
  void unitWithActiveChildrenCannotBeDeactivated() {
    String token = admin();
    JsonObject kec = create(token, "API-KEC-2", "KECAMATAN", null);
    JsonObject kel = create(token, "API-KEL-2", "KELURAHAN", kec.getString("id"));

    assertThat(Api.post(UNITS + "/" + kec.getString("id") + "/deactivate", token, null).status())
        .isEqualTo(409);
    assertThat(Api.post(UNITS + "/" + kel.getString("id") + "/deactivate", token, null).status())
        .isEqualTo(200);
    assertThat(Api.post(UNITS + "/" + kec.getString("id") + "/deactivate", token, null).status())
        .isEqualTo(200);
  }

  @Test
  void csvWithOneBadRowImportsNothingAndNamesTheLine() {
    String token = admin();
    long before = Api.get(UNITS + "?size=1", token).json().getJsonNumber("total").longValue();
    String csv =
        "code,name,kind,parent_code\n"
            + "CSV-KEC,Kecamatan Baru,KECAMATAN,\n"
            + "CSV-KEL,Kelurahan Baru,KELURAHAN,CSV-KEC\n"
            + "CSV-BAD,Unit Aneh,DINAS,\n";

    Api.Reply reply = Api.postCsv(UNITS + "/import", token, csv);

    assertThat(reply.status()).isEqualTo(400);
    assertThat(reply.json().getJsonArray("problems").getJsonObject(0).getInt("line")).isEqualTo(4);
    assertThat(Api.get(UNITS + "?size=1", token).json().getJsonNumber("total").longValue())
        .isEqualTo(before);
  }

  @Test
  void goodCsvCreatesAndUpdatesByCode() {
    String token = admin();
    String csv =
        "code;name;kind;parent_code\nCSV2-KEC;Kecamatan Dua;KECAMATAN;\nCSV2-KEL;Kelurahan Dua;KELURAHAN;CSV2-KEC\n";
    assertThat(Api.postCsv(UNITS + "/import", token, csv).json().getInt("created")).isEqualTo(2);

    Api.Reply again =
        Api.postCsv(UNITS + "/import", token, csv.replace("Kelurahan Dua", "Kelurahan Dua Baru"));

    assertThat(again.json().getInt("updated")).isEqualTo(2);
    assertThat(Api.get(UNITS + "?q=Dua%20Baru", token).json().getJsonNumber("total").longValue())
        .isEqualTo(1);
  }

  @Test
  void listIsPagedAndFilteredByKind() {
    Api.Reply page = Api.get(UNITS + "?kind=KELURAHAN&size=10&page=1", admin());

    assertThat(page.json().getJsonArray("items")).hasSize(10);
    assertThat(page.json().getJsonNumber("total").longValue()).isGreaterThanOrEqualTo(29);
    assertThat(page.json().getInt("page")).isEqualTo(1);
  }

  @Test
  void kindChangeThatWouldStrandSubUnitsIsRefused() {
    String token = admin();
    JsonObject opd = create(token, "API-OPD-K", "OPD", null);
    create(token, "API-UPT-K", "UPT", opd.getString("id"));

    Api.Reply reply =
        Api.put(
            UNITS + "/" + opd.getString("id"),
            token,
            "{\"code\":\"API-OPD-K\",\"name\":\"Jadi Kecamatan\",\"kind\":\"KECAMATAN\"}");

    assertThat(reply.status()).isEqualTo(400);
    assertThat(Api.get(UNITS + "/" + opd.getString("id"), token).json().getString("kind"))
        .isEqualTo("OPD");
  }

  @Test
  void unitUnderAnInactiveParentCannotBeReactivated() {
    String token = admin();
    JsonObject kec = create(token, "API-KEC-R", "KECAMATAN", null);
    JsonObject kel = create(token, "API-KEL-R", "KELURAHAN", kec.getString("id"));
    Api.post(UNITS + "/" + kel.getString("id") + "/deactivate", token, null);
    Api.post(UNITS + "/" + kec.getString("id") + "/deactivate", token, null);

    assertThat(Api.post(UNITS + "/" + kel.getString("id") + "/reactivate", token, null).status())
        .isEqualTo(400);
  }
}
