package id.klik.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Proposals through the REST API on the packaged WAR: write section by section, versions and their
 * comparison, comments mailed to the team, the checks, states and who moves them, stale writes
 * refused, the IID profile form and the innovation's profile kept the same, and that neither
 * another tenant nor an innovator outside the team reaches a proposal.
 */
@ExtendWith(LocalStack.class)
class ProposalsIT {

  private static final String API = "/t/pontianak/api/proposals";
  private static final String KIPP = "kipp-proposal@2021.1";
  private static final String IID = "iid-innovation-profile@2023.1";

  private static String admin;
  private static String innovator;
  private static String mentor;
  private static String teamInnovation;

  @BeforeAll
  static void aTeamInnovation() {
    admin = Api.token("admin.pontianak", "pontianak");
    innovator = Api.token("inovator.pontianak", "pontianak");
    mentor = Api.token("mentor.nasional", "pontianak");
    Api.Reply teams = Api.get("/t/pontianak/api/teams?q=Akcaya", admin);
    JsonObject team = teams.json().getJsonArray("items").getJsonObject(0);
    String body =
        InnovationFixtures.body(
                InnovationFixtures.unique("Surat Pengantar Daring"),
                team.getString("workUnitId"),
                false)
            .replaceFirst("\\{", "{\"teamId\":\"" + team.getString("id") + "\",");
    Api.Reply created = Api.post("/t/pontianak/api/innovations", innovator, body);
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    teamInnovation = created.json().getString("id");
  }

  private static JsonObject start(String token, String innovationId, String form) {
    Api.Reply r =
        Api.post(
            API, token, "{\"innovationId\":\"" + innovationId + "\",\"form\":\"" + form + "\"}");
    assertThat(r.status()).as(r.body()).isEqualTo(201);
    return r.json();
  }

  private static Api.Reply save(
      String token, String id, String section, String text, String ifMatch) {
    HttpRequest.Builder b =
        Api.request(API + "/" + id + "/sections/" + section, token)
            .header("Content-Type", "application/json")
            .PUT(HttpRequest.BodyPublishers.ofString("{\"text\":\"" + text + "\"}"));
    if (ifMatch != null) {
      b.header("If-Match", ifMatch);
    }
    return Api.send(b);
  }

  @Test
  void theClinicOffersItsAdoptedForms() {
    Api.Reply forms = Api.get(API + "/forms", innovator);

    assertThat(forms.status()).as(forms.body()).isEqualTo(200);
    assertThat(forms.body()).contains(KIPP).contains(IID);
  }

  @Test
  void writeVersionCompareCommentAndSubmit() throws Exception {
    String id = start(innovator, teamInnovation, KIPP).getString("id");

    Api.Reply first =
        save(innovator, id, "novelty", "Warga mengurus surat pengantar di kantor kelurahan.", "0");
    assertThat(first.status()).as(first.body()).isEqualTo(200);
    assertThat(first.json().getInt("revision")).isEqualTo(1);
    Api.Reply second =
        save(
            innovator,
            id,
            "novelty",
            "Warga mengurus surat pengantar dari rumah lewat ponsel.",
            "1");
    assertThat(second.status()).as(second.body()).isEqualTo(200);

    Api.Reply versions = Api.get(API + "/" + id + "/versions", innovator);
    assertThat(versions.body()).contains("\"number\":2").contains("\"number\":1");
    Api.Reply diff = Api.get(API + "/" + id + "/versions/1/diff/2", innovator);
    assertThat(diff.status()).as(diff.body()).isEqualTo(200);
    assertThat(diff.body())
        .contains("{\"kind\":\"removed\",\"text\":\"di kantor kelurahan.\"}")
        .contains("{\"kind\":\"added\",\"text\":\"dari rumah lewat ponsel.\"}");

    Api.Reply comment =
        Api.post(
            API + "/" + id + "/comments",
            mentor,
            "{\"sectionId\":\"novelty\",\"startWord\":4,\"endWord\":5,\"body\":\"Jelaskan"
                + " kebaruannya dibanding kota lain.\"}");
    assertThat(comment.status()).as(comment.body()).isEqualTo(201);
    Api.Reply threads = Api.get(API + "/" + id + "/comments", innovator);
    assertThat(threads.body()).contains("\"quote\":\"dari rumah\"").contains("\"startWord\":4");
    assertThat(
            Db.count(
                "select count(*) from t_pontianak.outbox where template_key = 'proposal-comment'"
                    + " and recipient = 'inovator.pontianak@klik.example.go.id'"
                    + " and idempotency_key like ?",
                "proposal-comment:" + comment.json().getString("id") + "%"))
        .isEqualTo(1);

    Api.Reply moved =
        save(
            innovator,
            id,
            "novelty",
            "Kini warga mengurus surat pengantar dari rumah lewat ponsel.",
            "2");
    assertThat(moved.status()).isEqualTo(200);
    assertThat(Api.get(API + "/" + id + "/comments", innovator).body()).contains("\"startWord\":5");

    Api.Reply resolved =
        Api.post(
            API + "/" + id + "/comments/" + comment.json().getString("id") + "/resolve",
            innovator,
            "");
    assertThat(resolved.status()).isEqualTo(204);

    Api.Reply check = Api.get(API + "/" + id + "/check", innovator);
    assertThat(check.status()).as(check.body()).isEqualTo(200);
    assertThat(check.json().getInt("completeness")).isBetween(0, 99);
    assertThat(check.body()).contains("proposal.check.sectionEmpty");

    Api.Reply submitted = Api.post(API + "/" + id + "/submit", innovator, "");
    assertThat(submitted.status()).as(submitted.body()).isEqualTo(200);
    assertThat(submitted.json().getString("state")).isEqualTo("submitted");
    assertThat(save(innovator, id, "novelty", "Terlambat.", null).status()).isEqualTo(409);
    assertThat(Api.post(API + "/" + id + "/state", innovator, "{\"state\":\"in-review\"}").status())
        .isEqualTo(403);
    Api.Reply review = Api.post(API + "/" + id + "/state", mentor, "{\"state\":\"in-review\"}");
    assertThat(review.status()).as(review.body()).isEqualTo(200);
    assertThat(
            Db.count(
                "select count(*) from t_pontianak.audit_log where entity = 'proposal' and entity_id = ?",
                id))
        .isGreaterThanOrEqualTo(5);
  }

  @Test
  void aStaleIfMatchIsRefusedWith409() {
    String id = start(innovator, teamInnovation, KIPP).getString("id");
    assertThat(save(innovator, id, "resources", "Dua petugas.", "0").status()).isEqualTo(200);

    Api.Reply stale = save(admin, id, "resources", "Tiga petugas.", "0");

    assertThat(stale.status()).as(stale.body()).isEqualTo(409);
    assertThat(Api.get(API + "/" + id, innovator).json().getInt("revision")).isEqualTo(1);
  }

  @Test
  void anOverlongSectionIsRefusedWith400() {
    String id = start(innovator, teamInnovation, KIPP).getString("id");

    Api.Reply r = save(innovator, id, "novelty", "kata ".repeat(25_000), null);

    assertThat(r.status()).as(r.body()).isEqualTo(400);
    assertThat(r.body()).contains("100000");
  }

  @Test
  void theIidProfileFormStartsFromTheProfileAndWritesBackIntoIt() {
    JsonObject p = start(innovator, teamInnovation, IID);
    assertThat(p.getInt("revision")).isEqualTo(1);
    assertThat(p.toString()).contains("Mempercepat layanan bagi warga.");

    Api.Reply saved =
        save(innovator, p.getString("id"), "benefits", "Warga hemat waktu dua jam.", "1");
    assertThat(saved.status()).as(saved.body()).isEqualTo(200);

    JsonObject innovation =
        Api.get("/t/pontianak/api/innovations/" + teamInnovation, innovator).json();
    assertThat(innovation.getString("benefits")).isEqualTo("Warga hemat waktu dua jam.");
  }

  @Test
  void anAttachmentIsUploadedReadBackAndOutOfAnotherTenantsReach() throws Exception {
    String id = start(innovator, teamInnovation, IID).getString("id");
    String path = API + "/" + id + "/attachments/budget";
    byte[] pdf = EvidenceIT.pdf("Anggaran 2026");

    Api.Reply stored = EvidenceIT.upload(path, innovator, "Anggaran.pdf", pdf);
    assertThat(stored.status()).as(stored.body()).isEqualTo(201);
    assertThat(stored.json().getString("fileName")).isEqualTo("Anggaran.pdf");
    HttpResponse<byte[]> back = EvidenceIT.download(path + "/content", admin);
    assertThat(back.statusCode()).isEqualTo(200);
    assertThat(back.body()).isEqualTo(pdf);
    assertThat(
            Api.get(API + "/" + id, innovator).json().getJsonArray("attachments").stream()
                .map(JsonValue::asJsonObject)
                .filter(a -> a.getString("id").equals("budget"))
                .findFirst()
                .orElseThrow()
                .getBoolean("present"))
        .isTrue();
    // a type the form does not take for it (budget: PDF only): 415, the PDF stays
    assertThat(EvidenceIT.upload(path, innovator, "a.png", FileStoreIT.png()).status())
        .isEqualTo(415);

    // an item of the innovation's evidence vault is held to the same types
    String vault = "/t/pontianak/api/innovations/" + teamInnovation + "/evidence";
    Api.Reply photo = EvidenceIT.upload(vault, innovator, "foto.png", FileStoreIT.png());
    assertThat(photo.status()).as(photo.body()).isEqualTo(201);
    Api.Reply refused =
        Api.put(path, innovator, "{\"evidenceId\":\"" + photo.json().getString("id") + "\"}");
    assertThat(refused.status()).as(refused.body()).isEqualTo(415);
    Api.Reply plan = EvidenceIT.upload(vault, innovator, "RAB.pdf", EvidenceIT.pdf("RAB"));
    Api.Reply linked =
        Api.put(path, innovator, "{\"evidenceId\":\"" + plan.json().getString("id") + "\"}");
    assertThat(linked.status()).as(linked.body()).isEqualTo(200);

    String singkawang = Api.token("admin.singkawang", "singkawang");
    String other = "/t/singkawang/api/proposals/" + id + "/attachments/budget";
    assertThat(Api.get(other + "/content", singkawang).status()).isEqualTo(404);
    assertThat(EvidenceIT.upload(other, singkawang, "b.pdf", EvidenceIT.pdf("b")).status())
        .isEqualTo(404);
    assertThat(
            Api.put(other, singkawang, "{\"evidenceId\":\"" + UUID.randomUUID() + "\"}").status())
        .isEqualTo(404);
    assertThat(Api.send(Api.request(other, singkawang).DELETE()).status()).isEqualTo(404);
    assertThat(
            Db.count(
                "select count(*) from t_pontianak.proposal_attachment where proposal_id = ?::uuid"
                    + " and evidence_id is not null",
                id))
        .isEqualTo(1);
    assertThat(Db.count("select count(*) from t_singkawang.proposal_attachment")).isZero();
  }

  @Test
  void anInnovatorOutsideTheTeamNeitherSeesNorStartsTheProposal() {
    String unit = InnovationFixtures.workUnit("pontianak", "KEL-AKCAYA");
    String clinicOnly =
        InnovationFixtures.create(
            "pontianak", admin, InnovationFixtures.unique("Inovasi Klinik"), unit, false);
    String id = start(admin, clinicOnly, KIPP).getString("id");

    assertThat(Api.get(API + "/" + id, innovator).status()).isEqualTo(404);
    assertThat(Api.get(API + "/" + id + "/versions", innovator).status()).isEqualTo(404);
    assertThat(save(innovator, id, "novelty", "Coba.", null).status()).isEqualTo(404);
    Api.Reply startRefused =
        Api.post(
            API, innovator, "{\"innovationId\":\"" + clinicOnly + "\",\"form\":\"" + KIPP + "\"}");
    assertThat(startRefused.status()).isEqualTo(403);
    assertThat(Api.get(API, innovator).body()).doesNotContain(id);
  }

  @Test
  void anotherTenantNeitherReadsNorChangesPontianaksProposals() {
    String id = start(innovator, teamInnovation, KIPP).getString("id");
    assertThat(save(innovator, id, "novelty", "Teks Pontianak.", null).status()).isEqualTo(200);
    Api.Reply c =
        Api.post(
            API + "/" + id + "/comments", admin, "{\"sectionId\":\"novelty\",\"body\":\"Bagus.\"}");
    String commentId = c.json().getString("id");
    String singkawang = Api.token("admin.singkawang", "singkawang");
    String other = "/t/singkawang/api/proposals/" + id;

    assertThat(Api.get(other, singkawang).status()).isEqualTo(404);
    assertThat(Api.get(other + "/versions", singkawang).status()).isEqualTo(404);
    assertThat(Api.get(other + "/versions/0/diff/1", singkawang).status()).isEqualTo(404);
    assertThat(Api.get(other + "/comments", singkawang).status()).isEqualTo(404);
    assertThat(Api.get(other + "/check", singkawang).status()).isEqualTo(404);
    assertThat(Api.get("/t/singkawang/api/proposals", singkawang).body()).doesNotContain(id);
    HttpRequest.Builder put =
        Api.request(other + "/sections/novelty", singkawang)
            .header("Content-Type", "application/json")
            .PUT(HttpRequest.BodyPublishers.ofString("{\"text\":\"Diubah.\"}"));
    assertThat(Api.send(put).status()).isEqualTo(404);
    assertThat(
            Api.post(other + "/comments", singkawang, "{\"sectionId\":\"novelty\",\"body\":\"x\"}")
                .status())
        .isEqualTo(404);
    assertThat(Api.post(other + "/comments/" + commentId + "/resolve", singkawang, "").status())
        .isEqualTo(404);
    assertThat(Api.post(other + "/submit", singkawang, "").status()).isEqualTo(404);
    assertThat(Api.get(API + "/" + id, singkawang).status()).isIn(401, 403, 404);

    JsonObject still = Api.get(API + "/" + id, innovator).json();
    assertThat(still.getInt("revision")).isEqualTo(1);
    assertThat(still.getString("state")).isEqualTo("draft");
    assertThat(Db.count("select count(*) from t_singkawang.proposal")).isZero();
    assertThat(Db.count("select count(*) from t_singkawang.proposal_comment")).isZero();
  }
}
