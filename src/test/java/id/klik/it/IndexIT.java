package id.klik.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The index cycles through the REST API on the packaged WAR: a cycle on the 2026 model with levels
 * and evidence whose estimate is computed here by hand, the two-cycle limit of an innovation, a
 * carry-over to the next year on the same model and across a model change, the CSV, and that
 * Singkawang neither reads nor changes Pontianak's cycles, entries and evidence.
 */
@ExtendWith(LocalStack.class)
class IndexIT {

  private static final String MODEL_2026 = "iid-index-2026@2026.1";
  private static final String MODEL_2023 = "iid-index-2023@2023.1";

  private static String admin;
  private static String innovator;
  private static String singkawang;
  private static String unit;

  /** Years far from the demo's 2026, different in every run against the same stack. */
  private static int year;

  private static String x;
  private static String y;
  private static String xEvidence;
  private static String yEvidence;
  private static String regionEvidence;

  @BeforeAll
  static void aCycleWithLevelsAndEvidence() {
    admin = Api.token("admin.pontianak", "pontianak");
    innovator = Api.token("inovator.pontianak", "pontianak");
    singkawang = Api.token("admin.singkawang", "singkawang");
    unit = InnovationFixtures.workUnit("pontianak", "KEL-AKCAYA");
    year = 2100 + ThreadLocalRandom.current().nextInt(0, 18) * 5;

    x = innovation("Indeks X", "kesehatan");
    y = innovation("Indeks Y", "pendidikan");
    xEvidence = upload("/t/pontianak/api/innovations/" + x + "/evidence", "indicator", "sid-16");
    yEvidence = upload("/t/pontianak/api/innovations/" + y + "/evidence");
    regionEvidence = upload("/t/pontianak/api/index/region-evidence?indicator=spd-01");

    ok(Api.post(cycle(year), admin, "{\"model\":\"" + MODEL_2026 + "\"}"), 201);
    ok(Api.put(cycle(year) + "/region/visi-misi", admin, level(3, regionEvidence)), 200);
    ok(Api.put(cycle(year) + "/region/pad", admin, level(2, null)), 200);
    ok(Api.post(cycle(year) + "/innovations/" + x, admin, null), 200);
    ok(Api.post(cycle(year) + "/innovations/" + y, admin, null), 200);
    ok(Api.put(cycle(year) + "/innovations/" + x + "/sid-16", admin, level(2, xEvidence)), 200);
    ok(Api.put(cycle(year) + "/innovations/" + x + "/sid-35", admin, level(3, null)), 200);
    ok(Api.put(cycle(year) + "/innovations/" + y + "/sid-17", admin, level(1, yEvidence)), 200);
  }

  @Test
  void theEstimateAndItsBreakdownAreTheFiguresComputedByHand() {
    Api.Reply r = Api.get(cycle(year), innovator);
    ok(r, 200);
    JsonObject e = r.json();

    assertThat(e.getString("model")).isEqualTo(MODEL_2026);
    // SPD declared: visi-misi 1 × 3 + pad 1.5 × 2 = 3 + 3.0 = 6
    assertThat(number(e, "spd")).isEqualByComparingTo("6");
    // SID: X sid-16 3 × 2 = 6, X sid-35 4 × 3 = 12, Y sid-17 2 × 1 = 2; Σ = 20; MAX(12, 2) = 12
    assertThat(e.getInt("divisor")).isEqualTo(12);
    assertThat(number(e, "sidSum")).isEqualByComparingTo("20");
    // 20 / 12 = 1.666666666666667 (16 significant digits)
    assertThat(number(e, "sidAverage")).isEqualByComparingTo("1.666666666666667");
    // kesehatan and pendidikan: 2 of the 6 basic affairs, fewer than 5, so the number score is 0
    assertThat(e.getInt("basicAffairsCovered")).isEqualTo(2);
    assertThat(number(e, "numberScore")).isEqualByComparingTo("0");
    // total 6 + 1.666666666666667 + 0 = 7.666666666666667; × 100 / 250 = 3.0666… → 3.07
    assertThat(number(e, "total")).isEqualByComparingTo("7.666666666666667");
    assertThat(number(e, "index")).isEqualByComparingTo("3.07");
    assertThat(e.getString("category")).isEqualTo("KURANG_INOVATIF");

    JsonObject ev = e.getJsonObject("evidenced");
    // evidenced SPD: only visi-misi has its region evidence: 3; pad's 3.0 drops
    assertThat(number(ev, "spd")).isEqualByComparingTo("3");
    // evidenced SID: X sid-16 6 + Y sid-17 2 = 8 (X sid-35 has no evidence); 8 / 12
    assertThat(number(ev, "sidSum")).isEqualByComparingTo("8");
    assertThat(number(ev, "sidAverage")).isEqualByComparingTo("0.6666666666666667");
    // 3 + 0.6666666666666667 = 3.6666666666666667; × 100 / 250 = 1.4666… → 1.47
    assertThat(number(ev, "index")).isEqualByComparingTo("1.47");
    assertThat(ev.getString("category")).isEqualTo("KURANG_INOVATIF");

    // breakdown: indicator 16 adds 6 / 12 = 0.5, X scores 6 + 12 = 18 declared
    JsonObject sid16 =
        find(e.getJsonObject("breakdown").getJsonArray("indicators"), "indicatorId", "sid-16");
    assertThat(number(sid16, "points")).isEqualByComparingTo("6");
    assertThat(number(sid16, "contribution")).isEqualByComparingTo("0.5");
    JsonObject xScore =
        find(e.getJsonObject("breakdown").getJsonArray("innovations"), "innovationId", x);
    assertThat(number(xScore, "points")).isEqualByComparingTo("18");
    assertThat(e.getJsonArray("notes")).isEmpty();
  }

  @Test
  void whatIfRanksTheMissingEvidenceAndPlansToATarget() {
    Api.Reply r = Api.get(cycle(year) + "/what-if?target=INOVATIF", admin);
    ok(r, 200);
    JsonArray steps = r.json().getJsonArray("steps");
    // attaching X's sid-35 evidence: 12 / 12 = 1 total point = 0.4 index points
    JsonObject attach =
        steps.stream()
            .map(JsonValue::asJsonObject)
            .filter(s -> s.getString("kind").equals("attach-evidence"))
            .filter(s -> "sid-35".equals(s.getString("measureId", null)))
            .findFirst()
            .orElseThrow();
    assertThat(number(attach, "gain")).isEqualByComparingTo("0.40");
    // the first step gains at least as much as any other
    assertThat(number(steps.getJsonObject(0), "gain"))
        .isGreaterThanOrEqualTo(number(attach, "gain"));
    JsonObject plan = r.json().getJsonObject("plan");
    assertThat(plan.getString("target")).isEqualTo("INOVATIF");
    assertThat(plan.getJsonArray("steps")).isNotEmpty();
  }

  @Test
  void anInnovationIsEnteredInAtMostTwoCyclesAndCarryOverKeepsLevelsForReConfirmation() {
    int next = year + 1;
    Api.Reply started =
        Api.post(
            cycle(next), admin, "{\"model\":\"" + MODEL_2026 + "\",\"carryFrom\":" + year + "}");
    ok(started, 201);
    JsonObject s = started.json();
    // region visi-misi and pad, X sid-16 and sid-35, Y sid-17
    assertThat(s.getInt("carriedLevels")).isEqualTo(5);
    assertThat(s.getInt("carriedInnovations")).isEqualTo(2);
    assertThat(s.getJsonObject("difference").getJsonArray("added")).isEmpty();
    assertThat(s.getJsonObject("cycle").getInt("toConfirm")).isEqualTo(5);
    // the same levels and evidence: the same estimate
    assertThat(number(Api.get(cycle(next), admin).json(), "index")).isEqualByComparingTo("3.07");
    // a PUT confirms a carried level
    ok(Api.put(cycle(next) + "/region/pad", admin, level(2, null)), 200);
    assertThat(
            Api.get(cycle(next) + "/sheet", admin)
                .json()
                .getJsonObject("cycle")
                .getInt("toConfirm"))
        .isEqualTo(4);

    // X is in two cycles now: a third is refused
    ok(Api.post(cycle(year + 2), admin, "{\"model\":\"" + MODEL_2026 + "\"}"), 201);
    Api.Reply third = Api.post(cycle(year + 2) + "/innovations/" + x, admin, null);
    assertThat(third.status()).as(third.body()).isEqualTo(400);
    assertThat(third.body()).contains("at most twice");

    JsonObject compared = Api.get(cycle(year) + "/compare/" + next, admin).json();
    assertThat(compared.getJsonObject("difference").getJsonArray("reweighted")).isEmpty();
    assertThat(compared.getJsonArray("modelChanges")).isEmpty();
  }

  @Test
  void aCycleCarriedAcrossAModelChangeReportsTheAddedMeasures() {
    int older = year + 3;
    ok(Api.post(cycle(older), admin, "{\"model\":\"" + MODEL_2023 + "\"}"), 201);
    String z = innovation("Indeks Z", "sosial");
    ok(Api.post(cycle(older) + "/innovations/" + z, admin, null), 200);
    // the 2023 model has its formula but no indicator list: figures are null, notes say why
    JsonObject estimate = Api.get(cycle(older), admin).json();
    assertThat(estimate.isNull("index")).isTrue();
    assertThat(estimate.getJsonArray("notes")).isNotEmpty();

    Api.Reply carried =
        Api.post(
            cycle(older + 1),
            admin,
            "{\"model\":\"" + MODEL_2026 + "\",\"carryFrom\":" + older + "}");
    ok(carried, 201);
    // 20 region + 20 innovation measures in 2026, none in 2023
    assertThat(carried.json().getJsonObject("difference").getJsonArray("added")).hasSize(40);
    assertThat(carried.json().getInt("carriedLevels")).isZero();
    assertThat(carried.json().getInt("carriedInnovations")).isEqualTo(1);
    JsonObject compared = Api.get(cycle(older) + "/compare/" + (older + 1), admin).json();
    assertThat(compared.getJsonArray("modelChanges")).isNotEmpty();
  }

  @Test
  void theCsvParsesWithARowPerRegionMeasureAndPerInnovationMeasure() throws Exception {
    Api.Reply r = Api.get(cycle(year) + "/export.csv", admin);
    ok(r, 200);
    String body = r.body().startsWith("\uFEFF") ? r.body().substring(1) : r.body();
    List<CSVRecord> rows =
        CSVFormat.RFC4180
            .builder()
            .setHeader()
            .setSkipHeaderRecord(true)
            .build()
            .parse(new StringReader(body))
            .getRecords();
    // 20 region measures + 2 innovations × 20 measures
    assertThat(rows).hasSize(60);
    CSVRecord xRegulation =
        rows.stream()
            .filter(
                row -> row.get("innovation_id").equals(x) && row.get("measure_id").equals("sid-16"))
            .findFirst()
            .orElseThrow();
    assertThat(xRegulation.get("level")).isEqualTo("2");
    assertThat(xRegulation.get("evidenced")).isEqualTo("true");
    assertThat(body.getBytes(StandardCharsets.UTF_8).length).isPositive();
  }

  @Test
  void readinessListsWhatIsMissingPerInnovationAndWorkUnit() {
    JsonObject r = Api.get(cycle(year) + "/readiness", admin).json();
    JsonObject xReady = find(r.getJsonArray("innovations"), "innovationId", x);
    // no narrative, no video: red; the sid-35 evidence is missing too
    assertThat(xReady.getString("light")).isEqualTo("RED");
    assertThat(xReady.getJsonArray("missing").stream().map(m -> m.asJsonObject().getString("code")))
        .contains("index.ready.narrative", "index.ready.video", "index.ready.evidence");
    assertThat(find(r.getJsonArray("workUnits"), "workUnitId", unit).getInt("red")).isEqualTo(2);
  }

  @Test
  void theDemoCycleOf2026HasInnovationsOutsideItsWindowAndMissingEvidence() {
    JsonObject demo = Api.get(cycle(2026), admin).json();
    assertThat(demo.getString("model")).isEqualTo(MODEL_2026);
    // six demo innovations entered; SiAntre and Sekolah Ramah Baca were applied in 2023
    assertThat(demo.getInt("innovations")).isEqualTo(4);
    assertThat(demo.getJsonArray("outsideWindow")).hasSize(2);
    assertThat(number(demo.getJsonObject("evidenced"), "index")).isLessThan(number(demo, "index"));
    JsonArray steps = Api.get(cycle(2026) + "/what-if", admin).json().getJsonArray("steps");
    assertThat(steps.stream().map(v -> v.asJsonObject().getString("kind")))
        .contains("attach-evidence", "raise-level");
  }

  @Test
  void theClinicMailsAWorkUnitWhatIsMissingAndTheTrailSaysSo() {
    long before =
        Db.count("select count(*) from t_pontianak.outbox where template_key = 'index-readiness'");
    Api.Reply sent = Api.post(cycle(year) + "/readiness/mail?workUnit=" + unit, admin, null);
    ok(sent, 200);
    // Akcaya's team: the innovator and the admin
    assertThat(sent.json().getInt("recipients")).isGreaterThanOrEqualTo(1);
    assertThat(
            Db.count(
                "select count(*) from t_pontianak.outbox where template_key = 'index-readiness'"))
        .isEqualTo(before + sent.json().getInt("recipients"));
    assertThat(
            Db.count(
                "select count(*) from t_pontianak.audit_log where action = 'READINESS_MAIL'"
                    + " and entity_id = ?",
                Integer.toString(year)))
        .isPositive();
    assertThat(Api.post(cycle(year) + "/readiness/mail?workUnit=" + unit, innovator, null).status())
        .isEqualTo(403);
  }

  @Test
  void evidenceOfAnotherInnovationOrNotARegionItemIsRefused() {
    Api.Reply other =
        Api.put(cycle(year) + "/innovations/" + x + "/sid-17", admin, level(1, yEvidence));
    assertThat(other.status()).as(other.body()).isEqualTo(400);
    Api.Reply notRegion = Api.put(cycle(year) + "/region/visi-misi", admin, level(3, xEvidence));
    assertThat(notRegion.status()).as(notRegion.body()).isEqualTo(400);
    Api.Reply wrongIndicator =
        Api.put(cycle(year) + "/innovations/" + x + "/sid-17", admin, level(1, xEvidence));
    assertThat(wrongIndicator.status()).as(wrongIndicator.body()).isEqualTo(400);
  }

  @Test
  void anInnovatorReadsButDoesNotWrite() {
    assertThat(Api.get(cycle(year) + "/sheet", innovator).status()).isEqualTo(200);
    assertThat(Api.put(cycle(year) + "/region/pad", innovator, level(3, null)).status())
        .isEqualTo(403);
  }

  @Test
  void singkawangNeitherReadsNorChangesPontianaksCycle() {
    long before = Db.count("select count(*) from t_pontianak.index_region_choice");
    String pontianak = cycle(year);
    // Pontianak's address with Singkawang's token: not a member there
    assertThat(Api.get(pontianak, singkawang).status()).isIn(403, 404);
    assertThat(Api.put(pontianak + "/region/pad", singkawang, level(3, null)).status())
        .isIn(403, 404);
    assertThat(Api.post(pontianak + "/innovations/" + y, singkawang, null).status()).isIn(403, 404);

    // Singkawang's own address: Pontianak's year, innovations and evidence are not found there
    String there = "/t/singkawang/api/index/" + year;
    assertThat(Api.get(there, singkawang).status()).isEqualTo(404);
    assertThat(Api.get(there + "/sheet", singkawang).status()).isEqualTo(404);
    assertThat(Api.put(there + "/region/pad", singkawang, level(3, null)).status()).isEqualTo(404);
    assertThat(Api.post(there + "/innovations/" + x, singkawang, null).status()).isEqualTo(404);
    assertThat(
            Api.put(there + "/innovations/" + x + "/sid-16", singkawang, level(1, null)).status())
        .isEqualTo(404);
    assertThat(Api.get(there + "/export.csv", singkawang).status()).isEqualTo(404);

    // a cycle of Singkawang's own refuses Pontianak's innovations and evidence
    int own = year + 4;
    Api.Reply adopt =
        Api.post(
            "/t/singkawang/api/templates/adopted",
            singkawang,
            "{\"templateId\":\"iid-index-2026\",\"version\":\"2026.1\"}");
    assertThat(adopt.status()).as(adopt.body()).isIn(201, 200, 409);
    ok(
        Api.post(
            "/t/singkawang/api/index/" + own, singkawang, "{\"model\":\"" + MODEL_2026 + "\"}"),
        201);
    String ownCycle = "/t/singkawang/api/index/" + own;
    assertThat(Api.post(ownCycle + "/innovations/" + x, singkawang, null).status()).isEqualTo(404);
    Api.Reply foreignEvidence =
        Api.put(ownCycle + "/region/visi-misi", singkawang, level(3, regionEvidence));
    assertThat(foreignEvidence.status()).as(foreignEvidence.body()).isEqualTo(400);
    assertThat(Api.get("/t/singkawang/api/index/region-evidence", singkawang).body())
        .doesNotContain(regionEvidence);

    assertThat(Db.count("select count(*) from t_pontianak.index_region_choice")).isEqualTo(before);
  }

  // --- helpers -------------------------------------------------------------------------------

  private static String cycle(int y) {
    return "/t/pontianak/api/index/" + y;
  }

  private static String level(int level, String evidenceId) {
    return "{\"level\":"
        + level
        + (evidenceId == null ? "" : ",\"evidenceId\":\"" + evidenceId + "\"")
        + "}";
  }

  private static String innovation(String name, String affair) {
    String json =
        "{\"name\":\""
            + InnovationFixtures.unique(name)
            + "\",\"workUnitId\":\""
            + unit
            + "\",\"stage\":\"penerapan\",\"kind\":\"digital\",\"form\":\"pelayanan-publik\","
            + "\"initiator\":\"asn\",\"primaryAffair\":\""
            + affair
            + "\",\"applicationDate\":\"2024-06-01\"}";
    Api.Reply r = Api.post("/t/pontianak/api/innovations", admin, json);
    ok(r, 201);
    return r.json().getString("id");
  }

  private static String upload(String path, String... fields) {
    byte[] pdf =
        ("%PDF-1.4\n% indeks " + UUID.randomUUID() + "\n1 0 obj << >> endobj\n%%EOF\n")
            .getBytes(StandardCharsets.ISO_8859_1);
    Api.Reply r =
        EvidenceIT.upload(path, admin, "bukti-" + UUID.randomUUID() + ".pdf", pdf, fields);
    ok(r, 201);
    return r.json().getString("id");
  }

  private static void ok(Api.Reply r, int status) {
    assertThat(r.status()).as(r.body()).isEqualTo(status);
  }

  private static BigDecimal number(JsonObject o, String field) {
    return o.getJsonNumber(field).bigDecimalValue();
  }

  private static JsonObject find(JsonArray array, String field, String value) {
    return array.stream()
        .map(JsonValue::asJsonObject)
        .filter(o -> value.equals(o.getString(field, null)))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no " + field + " " + value + " in " + array));
  }
}
