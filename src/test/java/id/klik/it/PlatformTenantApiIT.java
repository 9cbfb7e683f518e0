package id.klik.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Tenants created through {@code /api/platform/tenants} without a change to the repository:
 * onboarded in the background (202, then progress), their admin mailed, settings changed through
 * the API; bad input answers 400/409 with nothing written; only platform admins may.
 */
@ExtendWith(LocalStack.class)
class PlatformTenantApiIT {

  private static final String PATH = "/api/platform/tenants";

  private static String body(String slug, String kind, String regionCode, String email) {
    return "{\"slug\":\""
        + slug
        + "\",\"name\":\"Kota Ketapang Baru\",\"kind\":\""
        + kind
        + "\",\"regionCode\":\""
        + regionCode
        + "\",\"timeZone\":\"WIB\",\"locale\":\"en\",\"admins\":[{\"email\":\""
        + email
        + "\",\"name\":\"Admin Ketapang\"}]}";
  }

  @Test
  void aTenantCreatedThroughTheApiComesUpAndItsAdminIsMailed() throws Exception {
    String admin = Api.token("platform.admin", null);
    String email = "Admin.Ketapang@Klik.Example.go.id";
    HttpResponse<String> created =
        Api.HTTP.send(
            Api.request(PATH, admin)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body("ketapang", "kota", "61.79", email)))
                .build(),
            HttpResponse.BodyHandlers.ofString());

    assertThat(created.statusCode()).as(created.body()).isEqualTo(202);
    String location = created.headers().firstValue("Location").orElseThrow();
    assertThat(location).endsWith(PATH + "/ketapang");

    JsonObject done = awaitOnboarded("ketapang", admin);
    assertThat(done.getString("status")).isEqualTo("ACTIVE");
    assertThat(done.getString("source")).isEqualTo("API");
    assertThat(done.getJsonArray("stepsReached").toString())
        .contains("MIGRATED", "ORGANIZATION_CREATED", "MEMBERS_ADDED", "SEEDED", "DONE");
    assertThat(done.isNull("onboardedAt")).isFalse();
    assertThat(
            Db.count(
                "select count(*) from platform.platform_audit where action = 'TENANT_CREATE'"
                    + " and tenant = 'ketapang' and actor = 'platform.admin'"))
        .isEqualTo(1);

    JsonArray inbox = awaitMail("admin.ketapang@klik.example.go.id");
    assertThat(
            inbox.stream()
                .map(JsonObject.class::cast)
                .map(m -> m.getString("subject", ""))
                .collect(Collectors.joining("\n")))
        .contains("Kota Ketapang Baru");

    // the admin's username is the lower-cased e-mail; with a password it enters this tenant
    setPassword("admin.ketapang@klik.example.go.id");
    // the admin is invited: pending until the mailed link is followed (with a password set
    // already, the page only asks to accept)
    String link = Mailbox.awaitInvitation("admin.ketapang@klik.example.go.id");
    assertThat(link).startsWith("/t/ketapang/invitation?token=");
    assertThat(InvitationForm.open(link).accept(null).statusCode()).isEqualTo(302);
    String own = Api.token("admin.ketapang@klik.example.go.id", "ketapang");
    assertThat(Api.get("/t/ketapang/api/work-units", own).status()).isEqualTo(200);
    assertThat(Api.get("/t/ketapang/api/templates", own).status()).isEqualTo(200);

    // settings through the API are visible in the tenant at once
    Api.Reply changed =
        Api.put(
            PATH + "/ketapang",
            admin,
            "{\"name\":\"Kota Ketapang Raya\",\"timeZone\":\"WITA\",\"modules\":[\"work-units\"],"
                + "\"primaryColor\":\"#123456\"}");
    assertThat(changed.status()).as(changed.body()).isEqualTo(200);
    assertThat(changed.json().getString("name")).isEqualTo("Kota Ketapang Raya");
    assertThat(changed.json().getString("timeZone")).isEqualTo("WITA");
    assertThat(Api.get("/t/ketapang/api/templates", own).status()).isEqualTo(404);
    assertThat(Api.get("/t/ketapang/api/work-units", own).status()).isEqualTo(200);
    assertThat(
            Db.count(
                "select count(*) from platform.platform_audit where action = 'TENANT_SETTINGS'"
                    + " and tenant = 'ketapang'"))
        .isEqualTo(1);
    // the name is what the tenant's pages show, e.g. while it is suspended
    assertThat(Api.post(PATH + "/ketapang/suspend", admin, null).status()).isEqualTo(200);
    Api.Reply page = Api.get("/t/ketapang/", null);
    assertThat(page.status()).isEqualTo(503);
    assertThat(page.body()).contains("Kota Ketapang Raya");
    assertThat(Api.post(PATH + "/ketapang/resume", admin, null).status()).isEqualTo(200);

    // a repeated create of the same slug is a conflict, and changes nothing
    Api.Reply again = Api.post(PATH, admin, body("ketapang", "kota", "61.79", email));
    assertThat(again.status()).isEqualTo(409);
    assertThat(again.json().getString("code")).isEqualTo("tenant.exists");
  }

  @Test
  void badInputIsRefusedByFieldWithNothingWritten() {
    String admin = Api.token("platform.admin", null);

    Api.Reply mismatch = Api.post(PATH, admin, body("sambas-baru", "kota", "61.01", "a@b.id"));
    assertThat(mismatch.status()).isEqualTo(400);
    JsonObject problem = mismatch.json().getJsonArray("problems").getJsonObject(0);
    assertThat(problem.getString("field")).isEqualTo("regionCode");
    assertThat(problem.getString("message")).contains("61.01", "71–99");

    Api.Reply badSlug = Api.post(PATH, admin, body("Sambas Baru", "kota", "61.79", "a@b.id"));
    assertThat(badSlug.status()).isEqualTo(400);
    assertThat(badSlug.body()).contains("\"field\":\"slug\"", "lower-case letters");

    Api.Reply badMail =
        Api.post(
            PATH,
            admin,
            "{\"slug\":\"sambas-baru\",\"name\":\"Kota Sambas Baru\",\"kind\":\"kota\","
                + "\"regionCode\":\"61.72\",\"timeZone\":\"CET\",\"locale\":\"fr\","
                + "\"admins\":[{\"email\":\"not-an-email\"}]}");
    assertThat(badMail.status()).isEqualTo(400);
    assertThat(badMail.body())
        .contains(
            "\"field\":\"timeZone\"", "\"field\":\"locale\"", "\"field\":\"admins[0].email\"");

    Api.Reply noAdmins =
        Api.post(
            PATH,
            admin,
            "{\"slug\":\"sambas-baru\",\"name\":\"Kota Sambas Baru\",\"kind\":\"kota\","
                + "\"regionCode\":\"61.72\",\"timeZone\":\"WIB\",\"locale\":\"id\",\"admins\":[]}");
    assertThat(noAdmins.status()).isEqualTo(400);
    assertThat(noAdmins.body()).contains("\"field\":\"admins\"");

    assertThat(Db.count("select count(*) from platform.tenant where slug = 'sambas-baru'"))
        .isZero();
    assertThat(
            Db.count(
                "select count(*) from information_schema.schemata where schema_name = 't_sambas_baru'"))
        .isZero();
  }

  @Test
  void aSlugWithAFolderInTenantsIsTheRepositorysAndCannotBeCreatedOrEdited() {
    String admin = Api.token("platform.admin", null);

    Api.Reply taken = Api.post(PATH, admin, body("pontianak", "kota", "61.71", "x@klik.id"));
    assertThat(taken.status()).isEqualTo(409);
    assertThat(taken.json().getString("code")).isEqualTo("tenant.manifestFolder");
    assertThat(taken.json().getString("message")).contains("tenants/");

    Api.Reply edit = Api.put(PATH + "/pontianak", admin, "{\"name\":\"Pontianak Baru\"}");
    assertThat(edit.status()).isEqualTo(409);
    assertThat(edit.json().getString("code")).isEqualTo("tenant.managedByManifest");
    JsonObject pontianak = Api.get(PATH + "/pontianak", admin).json();
    assertThat(pontianak.getString("name")).isNotEqualTo("Pontianak Baru");
    assertThat(pontianak.getString("source")).isEqualTo("REPOSITORY");
  }

  @Test
  void onlyPlatformAdminsCreateReadOrChangeTenants() {
    String clinicAdmin = Api.token("admin.pontianak", "pontianak");

    assertThat(
            Api.post(PATH, clinicAdmin, body("kapuas-hulu", "kabupaten", "61.06", "a@b.id"))
                .status())
        .isEqualTo(403);
    assertThat(Api.get(PATH + "/pontianak", clinicAdmin).status()).isEqualTo(403);
    assertThat(Api.put(PATH + "/pontianak", clinicAdmin, "{\"name\":\"X\"}").status())
        .isEqualTo(403);
    assertThat(Api.post(PATH, null, body("kapuas-hulu", "kabupaten", "61.06", "a@b.id")).status())
        .isEqualTo(401);
    assertThat(Db.count("select count(*) from platform.tenant where slug = 'kapuas-hulu'"))
        .isZero();
    assertThat(Api.get(PATH + "/nowhere", Api.token("platform.admin", null)).status())
        .isEqualTo(404);
  }

  @Test
  void anApiTenantCutShortByACrashIsCompletedByTheNextReconcile() throws Exception {
    // what a crash right after the registry row leaves: registered, manifest kept, nothing else
    Db.execute(
        "insert into platform.tenant (slug, name, kind, region_code, locale, time_zone, status,"
            + " onboarding_step, schema_name, source, manifest) values ('sanggau',"
            + " 'Kabupaten Sanggau', 'KABUPATEN', '61.03', 'id', 'WIB', 'ONBOARDING',"
            + " 'REGISTERED', 't_sanggau', 'API', '{\"slug\":\"sanggau\",\"name\":"
            + "\"Kabupaten Sanggau\",\"kind\":\"kabupaten\",\"regionCode\":\"61.03\","
            + "\"timeZone\":\"WIB\",\"locale\":\"id\",\"members\":[{\"username\":"
            + "\"admin.sumedang\",\"roles\":[\"clinic-admin\"]}]}')");
    String admin = Api.token("platform.admin", null);

    assertThat(Api.post(PATH + "/reconcile", admin, null).status()).isEqualTo(202);

    JsonObject done = awaitOnboarded("sanggau", admin);
    assertThat(done.getString("status")).isEqualTo("ACTIVE");
    assertThat(done.getString("source")).isEqualTo("API");
    assertThat(
            Api.get("/t/sanggau/api/work-units", Api.token("admin.sumedang", "sanggau")).status())
        .isEqualTo(200);

    // a folder added later for the slug takes over: its manifest applies from then on
    for (int i = 0; i < 240 && reconcileRunning(admin); i++) {
      Thread.sleep(500); // the next reconcile must be a new run
    }
    Path folder = LocalStack.tenantsDir().resolve("sanggau");
    Files.createDirectories(folder);
    Files.writeString(
        folder.resolve("tenant.yaml"),
        String.join(
            "\n",
            "slug: sanggau",
            "name: Kabupaten Sanggau dari Repositori",
            "kind: kabupaten",
            "regionCode: \"61.03\"",
            "timeZone: WIB",
            "members:",
            "  - username: admin.sumedang",
            "    roles: [clinic-admin]",
            ""));
    assertThat(Api.post(PATH + "/reconcile", admin, null).status()).isEqualTo(202);
    JsonObject taken = null;
    for (int i = 0;
        i < 240 && (taken == null || !"REPOSITORY".equals(taken.getString("source")));
        i++) {
      Thread.sleep(500);
      taken = Api.get(PATH + "/sanggau", admin).json();
    }
    assertThat(taken.getString("source")).isEqualTo("REPOSITORY");
    assertThat(
            Db.count(
                "select count(*) from platform.platform_audit where action = 'TENANT_TAKEN_OVER' and tenant = 'sanggau'"))
        .isEqualTo(1);
    for (int i = 0; i < 60 && !taken.getString("name").endsWith("Repositori"); i++) {
      Thread.sleep(500);
      taken = Api.get(PATH + "/sanggau", admin).json();
    }
    assertThat(taken.getString("name")).isEqualTo("Kabupaten Sanggau dari Repositori");
    assertThat(Api.put(PATH + "/sanggau", admin, "{\"name\":\"Lagi\"}").status()).isEqualTo(409);
  }

  private static boolean reconcileRunning(String token) {
    JsonObject run = Api.get(PATH + "/reconcile", token).json();
    return !run.containsKey("finishedAt") || run.isNull("finishedAt");
  }

  @Test
  void theApiIsDescribed() {
    assertThat(Api.get("/openapi", null).body())
        .contains("/api/platform/tenants/{slug}", "Create a tenant and onboard it");
  }

  private static JsonObject awaitOnboarded(String slug, String token) throws Exception {
    JsonObject t = null;
    for (int i = 0; i < 240; i++) {
      t = Api.get(PATH + "/" + slug, token).json();
      if (t.getString("onboardingStep").equals("DONE")) {
        return t;
      }
      Thread.sleep(500);
    }
    throw new AssertionError("not onboarded within 120 s: " + t);
  }

  private static JsonArray awaitMail(String address) throws InterruptedException {
    String url =
        LocalStack.stack().mail().apiUrl()
            + "/api/user/"
            + URLEncoder.encode(address, StandardCharsets.UTF_8)
            + "/messages/";
    for (int i = 0; i < 180; i++) {
      Api.Reply reply = Api.send(HttpRequest.newBuilder(URI.create(url)).GET());
      if (reply.status() == 200) {
        JsonArray inbox = Json.createReader(new StringReader(reply.body())).readArray();
        boolean welcome =
            inbox.stream()
                .map(JsonObject.class::cast)
                .anyMatch(m -> m.getString("subject", "").contains("Ketapang"));
        if (welcome) {
          return inbox;
        }
      }
      Thread.sleep(500);
    }
    throw new AssertionError("no mail naming the tenant for " + address + " within 90 s");
  }

  /** What the invitation link would let the admin do: set a password (Keycloak admin API). */
  private static void setPassword(String username) {
    String form = "grant_type=password&client_id=admin-cli&username=admin&password=admin";
    String token =
        Api.send(
                HttpRequest.newBuilder(
                        URI.create(
                            LocalStack.keycloakUrl()
                                + "/realms/master/protocol/openid-connect/token"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form)))
            .json()
            .getString("access_token");
    String users = LocalStack.keycloakUrl() + "/admin/realms/klik/users";
    JsonArray found =
        (JsonArray)
            Api.send(
                    HttpRequest.newBuilder(
                            URI.create(users + "?exact=true&username=" + Api.enc(username)))
                        .header("Authorization", "Bearer " + token))
                .structure();
    JsonObject user = found.getJsonObject(0);
    String id = user.getString("id");
    Api.Reply reset =
        Api.send(
            HttpRequest.newBuilder(URI.create(users + "/" + id + "/reset-password"))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .PUT(
                    HttpRequest.BodyPublishers.ofString(
                        "{\"type\":\"password\",\"value\":\"demo\",\"temporary\":false}")));
    assertThat(reset.status()).isEqualTo(204);
    Api.Reply cleared =
        Api.send(
            HttpRequest.newBuilder(URI.create(users + "/" + id))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .PUT(
                    HttpRequest.BodyPublishers.ofString(
                        Json.createObjectBuilder(user)
                            .add("requiredActions", Json.createArrayBuilder())
                            .add("lastName", "Ketapang")
                            .add("emailVerified", true)
                            .build()
                            .toString())));
    assertThat(cleared.status()).isEqualTo(204);
  }
}
