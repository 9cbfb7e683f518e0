package id.klik.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The evidence vault through the REST API: items and versions, downloads byte for byte, the
 * refusals that keep nothing (over the limit, an executable named .pdf, a video), who may upload,
 * and that another tenant can neither list, upload to nor download from Pontianak's vault.
 */
@ExtendWith(LocalStack.class)
class EvidenceIT {

  private static String admin;
  private static String innovator;
  private static String singkawang;
  private static String teamInnovation;
  private static String otherInnovation;

  @BeforeAll
  static void twoInnovations() {
    admin = Api.token("admin.pontianak", "pontianak");
    innovator = Api.token("inovator.pontianak", "pontianak");
    singkawang = Api.token("admin.singkawang", "singkawang");
    String unit =
        Api.get("/t/pontianak/api/work-units?q=KEL-AKCAYA", admin)
            .json()
            .getJsonArray("items")
            .getJsonObject(0)
            .getString("id");
    JsonObject akcaya =
        Api.get("/t/pontianak/api/teams?q=Akcaya", admin)
            .json()
            .getJsonArray("items")
            .getJsonObject(0);
    teamInnovation = innovation("Bukti Akcaya " + UUID.randomUUID(), unit, akcaya.getString("id"));
    // a team the innovator is not in: the admin (a member of Akcaya's team) leads it alone
    String adminMember =
        akcaya.getJsonArray("members").stream()
            .map(m -> m.asJsonObject())
            .filter(m -> m.getString("username").equals("admin.pontianak"))
            .findFirst()
            .orElseThrow()
            .getString("memberId");
    Api.Reply other =
        Api.post(
            "/t/pontianak/api/teams",
            admin,
            "{\"name\":\"Tim Bukti "
                + UUID.randomUUID()
                + "\",\"workUnitId\":\""
                + unit
                + "\",\"members\":[{\"memberId\":\""
                + adminMember
                + "\",\"leader\":true}]}");
    assertThat(other.status()).as(other.body()).isEqualTo(201);
    otherInnovation =
        innovation("Bukti tim lain " + UUID.randomUUID(), unit, other.json().getString("id"));
  }

  private static String innovation(String name, String unit, String team) {
    String json =
        "{\"name\":\""
            + name
            + "\",\"workUnitId\":\""
            + unit
            + "\","
            + (team == null ? "" : "\"teamId\":\"" + team + "\",")
            + "\"stage\":\"inisiatif\",\"kind\":\"digital\",\"form\":\"pelayanan-publik\","
            + "\"initiator\":\"asn\",\"primaryAffair\":\"kesehatan\"}";
    Api.Reply r = Api.post("/t/pontianak/api/innovations", admin, json);
    assertThat(r.status()).as(r.body()).isEqualTo(201);
    return r.json().getString("id");
  }

  private static String evidence(String tenant, String innovation) {
    return "/t/" + tenant + "/api/innovations/" + innovation + "/evidence";
  }

  static byte[] pdf(String text) {
    return ("%PDF-1.4\n% " + text + " " + UUID.randomUUID() + "\n1 0 obj << >> endobj\n%%EOF\n")
        .getBytes(StandardCharsets.ISO_8859_1);
  }

  /** A multipart upload: the fields first, then the file (none when {@code file} is null). */
  static Api.Reply upload(
      String path, String token, String filename, byte[] file, String... fields) {
    String boundary = "----klik" + UUID.randomUUID();
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    try {
      for (int i = 0; i + 1 < fields.length; i += 2) {
        body.write(
            ("--"
                    + boundary
                    + "\r\nContent-Disposition: form-data; name=\""
                    + fields[i]
                    + "\"\r\n\r\n"
                    + fields[i + 1]
                    + "\r\n")
                .getBytes(StandardCharsets.UTF_8));
      }
      if (file != null) {
        body.write(
            ("--"
                    + boundary
                    + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\""
                    + filename
                    + "\"\r\nContent-Type: application/octet-stream\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8));
        body.write(file);
        body.write("\r\n".getBytes(StandardCharsets.UTF_8));
      }
      body.write(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
    return Api.send(
        Api.request(path, token)
            .header("Content-Type", "multipart/form-data; boundary=" + boundary)
            .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
  }

  static HttpResponse<byte[]> download(String path, String token) throws Exception {
    return Api.HTTP.send(
        Api.request(path, token).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
  }

  private static long versions() {
    return Db.count("select count(*) from t_pontianak.evidence_version");
  }

  private static long chunks() {
    return Db.count("select count(*) from t_pontianak.blob_chunk");
  }

  @Test
  void aNewUploadWithTheSameTitleIsTheNextVersionAndBothDownloadByteForByte() throws Exception {
    byte[] first = pdf("SK Kepala Dinas");
    byte[] second = pdf("Peraturan Wali Kota");
    String path = evidence("pontianak", teamInnovation);

    Api.Reply one = upload(path, innovator, "Regulasi.pdf", first, "indicator", "sid-16");
    assertThat(one.status()).as(one.body()).isEqualTo(201);
    String id = one.json().getString("id");
    assertThat(one.json().getString("indicator")).isEqualTo("sid-16");
    assertThat(one.json().getInt("indicatorNumber")).isEqualTo(16);
    Api.Reply two = upload(path, innovator, "Regulasi.pdf", second, "indicator", "sid-16");
    assertThat(two.status()).as(two.body()).isEqualTo(201);
    assertThat(two.json().getString("id")).isEqualTo(id);

    JsonArray listed = Api.get(path, admin).structure().asJsonArray();
    JsonObject item =
        listed.stream()
            .map(v -> v.asJsonObject())
            .filter(o -> o.getString("id").equals(id))
            .findFirst()
            .orElseThrow();
    JsonArray versions = item.getJsonArray("versions");
    assertThat(versions).hasSize(2);
    assertThat(versions.getJsonObject(0).getInt("version")).isEqualTo(2);
    assertThat(versions.getJsonObject(0).getString("uploadedBy")).isEqualTo("inovator.pontianak");
    assertThat(versions.getJsonObject(0).getString("contentType")).isEqualTo("application/pdf");
    assertThat(versions.getJsonObject(1).getJsonNumber("size").longValue()).isEqualTo(first.length);

    HttpResponse<byte[]> v1 = download(path + "/" + id + "/versions/1/content", admin);
    HttpResponse<byte[]> v2 = download(path + "/" + id + "/versions/2/content", innovator);
    assertThat(v1.statusCode()).isEqualTo(200);
    assertThat(v1.body()).isEqualTo(first);
    assertThat(v2.body()).isEqualTo(second);
    assertThat(v1.headers().firstValue("Content-Type"))
        .hasValueSatisfying(t -> assertThat(t).startsWith("application/pdf"));
    assertThat(v1.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
    assertThat(v1.headers().firstValue("Content-Disposition"))
        .hasValueSatisfying(d -> assertThat(d).startsWith("attachment;").contains("Regulasi.pdf"));
  }

  @Test
  void evidenceIdAddsAVersionAndASlotHoldsOneItem() {
    String path = evidence("pontianak", teamInnovation);
    Api.Reply budget = upload(path, admin, "RAB 2025.pdf", pdf("RAB"), "slot", "budget");
    assertThat(budget.status()).as(budget.body()).isEqualTo(201);
    String id = budget.json().getString("id");
    Api.Reply renamed = upload(path, admin, "RAB revisi.pdf", pdf("RAB 2"), "slot", "budget");
    assertThat(renamed.json().getString("id")).isEqualTo(id);
    Api.Reply byId = upload(path, admin, "lain.pdf", pdf("RAB 3"), "evidenceId", id);
    assertThat(byId.json().getString("id")).isEqualTo(id);
    assertThat(byId.json().getJsonArray("versions")).hasSize(3);
  }

  @Test
  void anIndicatorTheModelDoesNotListIsRefusedAndNothingIsKept() {
    long before = versions();
    Api.Reply r =
        upload(
            evidence("pontianak", teamInnovation), admin, "x.pdf", pdf("x"), "indicator", "spd-01");
    assertThat(r.status()).as(r.body()).isEqualTo(400);
    assertThat(r.body()).contains("indicator");
    assertThat(versions()).isEqualTo(before);
  }

  @Test
  void aFileOverTheLimitIsRefusedWith413AndNothingIsKept() {
    byte[] big = new byte[20_000_001 + 1024];
    byte[] head = pdf("besar");
    System.arraycopy(head, 0, big, 0, head.length);
    long before = chunks();
    Api.Reply r = upload(evidence("pontianak", teamInnovation), admin, "besar.pdf", big);
    assertThat(r.status()).as(r.body()).isEqualTo(413);
    assertThat(r.body()).contains("20.0 MB");
    assertThat(chunks()).isEqualTo(before);
  }

  @Test
  void anExecutableNamedPdfIsRefusedAndNothingIsKept() {
    byte[] exe = new byte[8192];
    exe[0] = 'M';
    exe[1] = 'Z';
    long before = chunks();
    long versionsBefore = versions();
    Api.Reply r = upload(evidence("pontianak", teamInnovation), admin, "laporan.pdf", exe);
    assertThat(r.status()).as(r.body()).isEqualTo(415);
    assertThat(r.body()).contains("Allowed: PDF");
    assertThat(chunks()).isEqualTo(before);
    assertThat(versions()).isEqualTo(versionsBefore);
  }

  @Test
  void aVideoIsRefusedWithTheAdviceToLinkIt() {
    byte[] mp4 = new byte[4096];
    byte[] head = "\0\0\0\u0018ftypisom\0\0\u0002\0isomiso2".getBytes(StandardCharsets.ISO_8859_1);
    System.arraycopy(head, 0, mp4, 0, head.length);
    Api.Reply r = upload(evidence("pontianak", teamInnovation), admin, "video.mp4", mp4);
    assertThat(r.status()).as(r.body()).isEqualTo(415);
    assertThat(r.body()).contains("link");
  }

  @Test
  void anInnovatorOfAnotherTeamCannotUpload() {
    Api.Reply r = upload(evidence("pontianak", otherInnovation), innovator, "a.pdf", pdf("a"));
    assertThat(r.status()).as(r.body()).isEqualTo(403);
    assertThat(Api.get(evidence("pontianak", otherInnovation), innovator).status()).isEqualTo(200);
  }

  @Test
  void anotherTenantCanNeitherListUploadNorDownload() throws Exception {
    String path = evidence("pontianak", teamInnovation);
    Api.Reply stored = upload(path, admin, "Rahasia.pdf", pdf("rahasia"));
    assertThat(stored.status()).as(stored.body()).isEqualTo(201);
    String id = stored.json().getString("id");
    String there = evidence("singkawang", teamInnovation);

    assertThat(Api.get(there, singkawang).status()).isEqualTo(404);
    long before = versions();
    assertThat(upload(there, singkawang, "b.pdf", pdf("b")).status()).isEqualTo(404);
    assertThat(versions()).isEqualTo(before);
    assertThat(download(there + "/" + id + "/versions/1/content", singkawang).statusCode())
        .isEqualTo(404);
    // Pontianak's token does not open Singkawang's address either
    assertThat(download(there + "/" + id + "/versions/1/content", admin).statusCode())
        .isIn(403, 404);
  }

  @Test
  void anItemIsFoundOnlyUnderItsOwnInnovation() throws Exception {
    Api.Reply stored = upload(evidence("pontianak", teamInnovation), admin, "Satu.pdf", pdf("1"));
    String id = stored.json().getString("id");
    HttpResponse<byte[]> elsewhere =
        download(evidence("pontianak", otherInnovation) + "/" + id + "/versions/1/content", admin);
    assertThat(elsewhere.statusCode()).isEqualTo(404);
  }

  static JsonObject json(String body) {
    return Json.createReader(new StringReader(body)).readObject();
  }
}
