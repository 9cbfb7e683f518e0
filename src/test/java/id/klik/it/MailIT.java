package id.klik.it;

import static org.assertj.core.api.Assertions.assertThat;

import id.klik.devstack.MailServer;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Mail end to end: onboarding queues a welcome in the tenant's outbox, the outbox job sends it
 * through GreenMail (read back through GreenMail's REST API), once; with SMTP down it waits and
 * retries, and is delivered once when SMTP is back. The SMTP outage runs last: stopping GreenMail
 * drops the mail it holds.
 */
@ExtendWith(LocalStack.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class MailIT {

  private static final String PONTIANAK_ADMIN = "admin.pontianak@klik.example.go.id";

  @Test
  @Order(1)
  void eachDemoClinicAdminIsWelcomedOnceInTheRegionsLanguage() throws Exception {
    JsonArray inbox = awaitMail(PONTIANAK_ADMIN);
    Thread.sleep(5_000); // two more outbox rounds: nothing may come twice

    // other journeys (replication notices) may have mailed the admin too: the welcome came once
    List<JsonObject> welcomes =
        messages(PONTIANAK_ADMIN).stream()
            .map(JsonObject.class::cast)
            .filter(m -> m.getString("subject").startsWith("Selamat datang"))
            .toList();
    assertThat(welcomes).hasSize(1);
    JsonObject mail = welcomes.get(0);
    assertThat(mail.getString("subject"))
        .isEqualTo("Selamat datang di Klinik Inovasi Kota Pontianak");
    assertThat(mail.getString("mimeMessage"))
        .contains("Yth. Admin Klinik Pontianak,", "admin.pontianak", "/t/pontianak/");
    String id = text("select id from t_pontianak.outbox where template_key = 'welcome'");
    assertThat(mail.getString("Message-ID")).isEqualTo("<" + id + ".outbox@klik>");
  }

  @Test
  @Order(2)
  void onlyClinicAdminsAreWelcomed() throws Exception {
    awaitMail(PONTIANAK_ADMIN);

    // the innovator gets other mails (consultations, comments) from other journeys, never a welcome
    assertThat(
            Db.count(
                "select count(*) from t_pontianak.outbox where template_key = 'welcome'"
                    + " and recipient = 'inovator.pontianak@klik.example.go.id'"))
        .isZero();
    assertThat(Db.count("select count(*) from t_pontianak.outbox where template_key = 'welcome'"))
        .isEqualTo(1);
  }

  @Test
  @Order(3)
  void aClinicAdminSeesTheOutboxWithTheSentWelcome() throws Exception {
    awaitMail(PONTIANAK_ADMIN);
    Api.Reply reply =
        Api.get("/t/pontianak/api/outbox?size=200", Api.token("admin.pontianak", "pontianak"));

    assertThat(reply.status()).isEqualTo(200);
    List<JsonObject> welcomes =
        reply.json().getJsonArray("items").stream()
            .map(JsonObject.class::cast)
            .filter(m -> m.getString("template").equals("welcome"))
            .toList();
    assertThat(welcomes).hasSize(1);
    JsonObject message = welcomes.get(0);
    assertThat(message.getString("recipient")).isEqualTo(PONTIANAK_ADMIN);
    assertThat(message.getString("template")).isEqualTo("welcome");
    assertThat(message.getString("status")).isEqualTo("SENT");
    assertThat(message.getInt("attempts")).isEqualTo(1);
    assertThat(message.isNull("sentAt")).isFalse();
  }

  @Test
  @Order(4)
  void anotherTenantsAdminNeitherReadsNorSeesThisOutbox() {
    String sumedangAdmin = Api.token("admin.sumedang", "sumedang");

    assertThat(Api.get("/t/pontianak/api/outbox", sumedangAdmin).status()).isEqualTo(403);
    JsonObject own = Api.get("/t/sumedang/api/outbox", sumedangAdmin).json();
    assertThat(own.getJsonArray("items").toString()).doesNotContain("pontianak");
  }

  @Test
  @Order(5)
  void anInnovatorCannotReadTheOutbox() {
    Api.Reply reply =
        Api.get("/t/pontianak/api/outbox", Api.token("inovator.pontianak", "pontianak"));

    assertThat(reply.status()).isEqualTo(403);
    assertThat(reply.json().getString("code")).isNotBlank();
  }

  @Test
  @Order(6)
  void theOutboxIsInTheApiDescriptionAndMailInReadiness() {
    assertThat(Api.get("/openapi", null).body())
        .contains("/t/{slug}/api/outbox", "/api/platform/jobs");
    Api.Reply ready = Api.get("/health/ready", null);

    assertThat(ready.status()).isEqualTo(200);
    assertThat(ready.body())
        .contains("\"mail\"", "127.0.0.1:" + LocalStack.stack().mail().smtpPort());
  }

  @Test
  @Order(10)
  void mailQueuedWhileSmtpIsDownIsDeliveredOnceWhenSmtpIsBack() throws Exception {
    MailServer smtp = LocalStack.stack().mail();
    String recipient = "admin.melawi@klik.example.go.id";
    smtp.stop();
    try {
      writeManifest("melawi", "Kabupaten Melawi", "61.10", "admin.melawi", recipient);
      String admin = Api.token("platform.admin", null);
      assertThat(Api.post("/api/platform/tenants/reconcile", admin, null).status()).isEqualTo(202);

      awaitTrue(
          "the welcome is queued and has failed twice",
          () ->
              schemaExists("t_melawi")
                  && Db.count(
                          "select count(*) from t_melawi.outbox where status = 'QUEUED'"
                              + " and attempts >= 2 and last_error is not null")
                      == 1);
      assertThat(
              Db.count(
                  "select failures from platform.job_run"
                      + " where job_name = 'mail-outbox' and tenant = 'melawi'"))
          .as("the outbox job records the failed rounds of this tenant")
          .isGreaterThanOrEqualTo(1);
    } finally {
      smtp.start();
    }

    JsonArray inbox = awaitMail(recipient);
    Thread.sleep(5_000);

    assertThat(messages(recipient)).hasSize(1);
    assertThat(inbox.getJsonObject(0).getString("subject"))
        .isEqualTo("Welcome to the innovation clinic of Kabupaten Melawi");
    assertThat(text("select status from t_melawi.outbox")).isEqualTo("SENT");
    assertThat(Db.count("select attempts from t_melawi.outbox")).isGreaterThanOrEqualTo(3);
    assertThat(text("select last_error from t_melawi.outbox")).isNull();
  }

  @Test
  @Order(11)
  void theOutboxJobRecordsItsRunPerTenantForThePlatformAdmin() {
    JsonArray runs =
        (JsonArray) Api.get("/api/platform/jobs", Api.token("platform.admin", null)).structure();

    JsonObject melawi =
        runs.stream()
            .map(JsonObject.class::cast)
            .filter(r -> r.getString("job").equals("mail-outbox"))
            .filter(r -> r.getString("tenant").equals("melawi"))
            .findFirst()
            .orElseThrow(() -> new AssertionError("no mail-outbox run for melawi in " + runs));
    assertThat(melawi.getInt("failures")).isZero();
    assertThat(melawi.isNull("lastSuccessAt")).isFalse();
    assertThat(runs.toString()).contains("\"job\":\"reconcile\"");
  }

  private static void writeManifest(
      String slug, String name, String code, String admin, String email) throws Exception {
    Path dir = LocalStack.tenantsDir().resolve(slug);
    Files.createDirectories(dir);
    Files.writeString(
        dir.resolve("tenant.yaml"),
        String.join(
            "\n",
            "slug: " + slug,
            "name: " + name,
            "kind: kabupaten",
            "regionCode: \"" + code + "\"",
            "locale: en",
            "timeZone: WIB",
            "members:",
            "  - username: " + admin,
            "    email: " + email,
            "    name: Admin Melawi",
            "    roles: [clinic-admin]",
            ""));
  }

  /** The messages GreenMail holds for one address; none when it has not seen the address. */
  private static JsonArray messages(String address) {
    String url =
        LocalStack.stack().mail().apiUrl()
            + "/api/user/"
            + URLEncoder.encode(address, StandardCharsets.UTF_8)
            + "/messages/";
    Api.Reply reply = Api.send(HttpRequest.newBuilder(URI.create(url)).GET());
    if (reply.status() != 200) {
      return Json.createArrayBuilder().build();
    }
    return Json.createReader(new StringReader(reply.body())).readArray();
  }

  private static JsonArray awaitMail(String address) throws InterruptedException {
    for (int i = 0; i < 180; i++) {
      JsonArray inbox = messages(address);
      if (!inbox.isEmpty()) {
        return inbox;
      }
      Thread.sleep(500);
    }
    throw new AssertionError("no mail for " + address + " within 90 s");
  }

  private interface Check {
    boolean holds() throws Exception;
  }

  private static void awaitTrue(String what, Check check) throws Exception {
    for (int i = 0; i < 240; i++) {
      if (check.holds()) {
        return;
      }
      Thread.sleep(500);
    }
    throw new AssertionError("not within 120 s: " + what);
  }

  private static boolean schemaExists(String schema) {
    return Db.count(
            "select count(*) from information_schema.tables"
                + " where table_schema = ? and table_name = 'outbox'",
            schema)
        == 1;
  }

  private static String text(String query) throws Exception {
    try (Connection c = LocalStack.stack().database().getConnection();
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery(query)) {
      return rs.next() ? rs.getString(1) : null;
    }
  }
}
