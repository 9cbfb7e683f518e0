package id.klik.it;

import static org.assertj.core.api.Assertions.assertThat;

import id.klik.tenancy.infrastructure.TenantMigrator;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.PreparedStatement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Declarative tenants: bad manifests, resumed onboarding, failed migrations. */
@ExtendWith(LocalStack.class)
class ReconcileIT {

  @Test
  void badManifestIsReportedWithFileLineAndFieldWhileGoodTenantsAreUp() {
    JsonObject run =
        Api.get("/api/platform/tenants/reconcile", Api.token("platform.admin", null)).json();

    JsonObject broken = entry(run, "broken");
    assertThat(broken.getString("result")).isEqualTo("INVALID");
    assertThat(broken.getJsonArray("problems").getString(0))
        .contains("broken/tenant.yaml", "line 4", "regionCode");
    assertThat(statusOf("pontianak")).isEqualTo("ACTIVE");
    assertThat(statusOf("sumedang")).isEqualTo("ACTIVE");
    assertThat(Api.get("/t/broken/", null).status()).isEqualTo(404);
  }

  @Test
  void crashBetweenSchemaCreationAndOrganizationIsCompletedByTheNextReconcile() throws Exception {
    // the state a crash right after the schema step leaves behind: schema migrated, no organization
    Db.execute(
        "insert into platform.tenant (slug, name, kind, region_code, status, onboarding_step, schema_name)"
            + " values ('kubu-raya', 'Kabupaten Kubu Raya', 'KABUPATEN', '61.12', 'ONBOARDING', 'MIGRATED', 't_kubu_raya')");
    assertThat(
            new TenantMigrator(LocalStack.stack().database(), 1).migrateTenant("t_kubu_raya").ok())
        .isTrue();
    writeManifest("kubu-raya", "Kabupaten Kubu Raya", "61.12", "admin.sumedang");
    // the registry reloads on an unknown slug at most once a second: the row may need that long
    assertThat(statusOnceKnown("/t/kubu-raya/api/work-units")).isEqualTo(503);
    assertThat(organizationExists("kubu-raya")).isFalse();

    JsonObject run = reconcile();

    assertThat(entry(run, "kubu-raya").getString("result")).isEqualTo("ONBOARDED");
    assertThat(organizationExists("kubu-raya")).isTrue();
    assertThat(statusOf("kubu-raya")).isEqualTo("ACTIVE");
    assertThat(
            Api.get("/t/kubu-raya/api/work-units", Api.token("admin.sumedang", "kubu-raya"))
                .status())
        .isEqualTo(200);
  }

  @Test
  void tenantWhoseMigrationFailsIsRecordedAndCompletedOnceFixed() throws Exception {
    Db.execute("create schema t_mempawah");
    Db.execute("create table t_mempawah.work_unit (clash int)");
    writeManifest("mempawah", "Kabupaten Mempawah", "61.04", "admin.sumedang");

    JsonObject failed = reconcile();

    assertThat(entry(failed, "mempawah").getString("result")).isEqualTo("FAILED");
    assertThat(tenant("mempawah").getString("migrationState")).isEqualTo("FAILED");
    assertThat(tenant("mempawah").getString("migrationError")).contains("t_mempawah");
    assertThat(
            Api.get("/t/pontianak/api/work-units", Api.token("admin.pontianak", "pontianak"))
                .status())
        .isEqualTo(200);

    Db.execute("drop table t_mempawah.work_unit");
    JsonObject fixed = reconcile();

    assertThat(entry(fixed, "mempawah").getString("result")).isEqualTo("ONBOARDED");
    assertThat(tenant("mempawah").getString("migrationState")).isEqualTo("OK");
    assertThat(tenant("mempawah").getString("schemaVersion"))
        .isEqualTo(tenant("pontianak").getString("schemaVersion"));
  }

  @Test
  void suspensionFromTheApiSurvivesAnUnrelatedManifestEdit() throws Exception {
    String admin = Api.token("platform.admin", null);
    Path manifest = LocalStack.tenantsDir().resolve("sumedang/tenant.yaml");
    assertThat(Api.post("/api/platform/tenants/sumedang/suspend", admin, null).status())
        .isEqualTo(200);
    try {
      Files.writeString(manifest, Files.readString(manifest) + "# edited by ReconcileIT\n");

      JsonObject run = reconcile();

      assertThat(entry(run, "sumedang").getString("result")).isEqualTo("UPDATED");
      assertThat(statusOf("sumedang")).isEqualTo("SUSPENDED");
    } finally {
      assertThat(Api.post("/api/platform/tenants/sumedang/resume", admin, null).status())
          .isEqualTo(200);
    }
  }

  @Test
  void aTemplateTheManifestNamesIsAdoptedAtOnboardingAndAnUnknownOneStopsIt() throws Exception {
    writeManifest("bengkayang", "Kabupaten Bengkayang", "61.02", "admin.sumedang");
    Path manifest = LocalStack.tenantsDir().resolve("bengkayang/tenant.yaml");
    Files.writeString(
        manifest, "seed:\n  templates: [no-such-template@1.0.0]\n", StandardOpenOption.APPEND);

    assertThat(entry(reconcile(), "bengkayang").getString("result")).isEqualTo("FAILED");
    assertThat(tenant("bengkayang").getString("onboardingError"))
        .contains("seed.templates", "no-such-template@1.0.0");

    Files.writeString(
        manifest,
        Files.readString(manifest).replace("no-such-template@1.0.0", "klik-pontianak@2025.1"));
    assertThat(entry(reconcile(), "bengkayang").getString("result")).isEqualTo("ONBOARDED");
    JsonObject clinic =
        Api.get("/t/bengkayang/api/clinic", Api.token("admin.sumedang", "bengkayang")).json();
    assertThat(clinic.getString("template")).isEqualTo("klik-pontianak@2025.1");
  }

  @Test
  void pontianaksClinicRunsOnItsOwnNewestHandbookFromTheStart() {
    JsonObject clinic =
        Api.get("/t/pontianak/api/clinic", Api.token("admin.pontianak", "pontianak")).json();

    assertThat(clinic.getString("template")).isEqualTo("klik-pontianak@2025.1");
    assertThat(clinic.getJsonArray("phases")).hasSize(4);
  }

  @Test
  void aTenantAnotherReplicaIsOnboardingIsLeftToItUntilItIsDone() throws Exception {
    writeManifest("landak", "Kabupaten Landak", "61.03", "admin.sumedang");
    String admin = Api.token("platform.admin", null);
    try (Connection otherReplica = LocalStack.stack().database().getConnection();
        PreparedStatement lock =
            otherReplica.prepareStatement("select pg_advisory_lock(hashtext(?))")) {
      lock.setString(1, "onboarding:landak");
      lock.execute();

      assertThat(Api.post("/api/platform/tenants/reconcile", admin, null).status()).isEqualTo(202);
      Thread.sleep(3_000);

      assertThat(Db.count("select count(*) from platform.tenant where slug = 'landak'"))
          .as("nothing is written while the other replica holds the tenant")
          .isZero();
      JsonObject running = Api.get("/api/platform/tenants/reconcile", admin).json();
      assertThat(!running.containsKey("finishedAt") || running.isNull("finishedAt"))
          .as("the reconcile waits for the tenant")
          .isTrue();
    }

    JsonObject run = awaitReconcile();
    assertThat(entry(run, "landak").getString("result")).isEqualTo("ONBOARDED");
    assertThat(statusOf("landak")).isEqualTo("ACTIVE");
  }

  private static void writeManifest(String slug, String name, String code, String admin)
      throws Exception {
    Path dir = LocalStack.tenantsDir().resolve(slug);
    Files.createDirectories(dir);
    Files.writeString(
        dir.resolve("tenant.yaml"),
        "slug: "
            + slug
            + "\nname: "
            + name
            + "\nkind: kabupaten\nregionCode: \""
            + code
            + "\"\ntimeZone: WIB\n"
            + "members:\n  - username: "
            + admin
            + "\n    roles: [clinic-admin]\n");
  }

  private static JsonObject reconcile() throws InterruptedException {
    String admin = Api.token("platform.admin", null);
    assertThat(Api.post("/api/platform/tenants/reconcile", admin, null).status()).isEqualTo(202);
    return awaitReconcile();
  }

  private static JsonObject awaitReconcile() throws InterruptedException {
    String admin = Api.token("platform.admin", null);
    for (int i = 0; i < 240; i++) {
      JsonObject run = Api.get("/api/platform/tenants/reconcile", admin).json();
      if (run.containsKey("finishedAt") && !run.isNull("finishedAt")) {
        return run;
      }
      Thread.sleep(250);
    }
    throw new AssertionError("reconcile did not finish within 60 s");
  }

  private static JsonObject entry(JsonObject run, String folder) {
    return run.getJsonArray("entries").stream()
        .map(JsonObject.class::cast)
        .filter(e -> e.getString("folder").equals(folder))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no entry for " + folder + " in " + run));
  }

  private static JsonObject tenant(String slug) {
    JsonArray all =
        (JsonArray) Api.get("/api/platform/tenants", Api.token("platform.admin", null)).structure();
    return all.stream()
        .map(JsonObject.class::cast)
        .filter(t -> t.getString("slug").equals(slug))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no tenant " + slug));
  }

  private static String statusOf(String slug) {
    return tenant(slug).getString("status");
  }

  private static boolean organizationExists(String alias) {
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
    Api.Reply orgs =
        Api.send(
            HttpRequest.newBuilder(
                    URI.create(
                        LocalStack.keycloakUrl() + "/admin/realms/klik/organizations?max=10000"))
                .header("Authorization", "Bearer " + token));
    return ((JsonArray) orgs.structure())
        .stream().map(JsonObject.class::cast).anyMatch(o -> alias.equals(o.getString("alias", "")));
  }

  /** The status of a path once the registry has seen its tenant (a miss reloads at most 1/s). */
  private static int statusOnceKnown(String path) throws Exception {
    long deadline = System.nanoTime() + 5_000_000_000L;
    int status = Api.get(path, null).status();
    while (status == 404 && System.nanoTime() < deadline) {
      Thread.sleep(200);
      status = Api.get(path, null).status();
    }
    return status;
  }
}
