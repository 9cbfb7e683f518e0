package id.klik.it;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** A tenant's data is reachable only through that tenant; unknown and suspended tenants. */
@ExtendWith(LocalStack.class)
class TenantIsolationIT {

  @Test
  void sumedangIdFetchedThroughPontianakIsNotFound() {
    String sumedang = Api.token("admin.sumedang", "sumedang");
    String sumedangId =
        Api.get("/t/sumedang/api/work-units?size=1", sumedang)
            .json()
            .getJsonArray("items")
            .getJsonObject(0)
            .getString("id");

    Api.Reply viaPontianak =
        Api.get(
            "/t/pontianak/api/work-units/" + sumedangId, Api.token("admin.pontianak", "pontianak"));

    assertThat(viaPontianak.status()).isEqualTo(404);
    assertThat(Api.get("/t/sumedang/api/work-units/" + sumedangId, sumedang).status())
        .isEqualTo(200);
  }

  @Test
  void aDraftOfPontianakCannotBeReadChangedOrPublishedThroughSumedang() {
    String pontianak = Api.token("admin.pontianak", "pontianak");
    String sumedang = Api.token("admin.sumedang", "sumedang");
    String id =
        Api.post("/t/pontianak/api/templates/drafts/from/design-thinking/1.0.0", pontianak, null)
            .json()
            .getString("id");
    String viaSumedang = "/t/sumedang/api/templates/drafts/" + id;

    assertThat(Api.get(viaSumedang, sumedang).status()).isEqualTo(404);
    assertThat(Api.post(viaSumedang + "/publish", sumedang, "{}").status()).isEqualTo(404);
    assertThat(Api.send(Api.request(viaSumedang, sumedang).DELETE()).status()).isEqualTo(404);
    assertThat(Api.get("/t/sumedang/api/templates/drafts", sumedang).body()).doesNotContain(id);
    assertThat(Api.get("/t/pontianak/api/templates/drafts/" + id, pontianak).status())
        .isEqualTo(200);
  }

  @Test
  void anAdoptedTemplateOfSumedangIsNotPontianaks() {
    String sumedang = Api.token("admin.sumedang", "sumedang");
    Api.post(
        "/t/sumedang/api/templates/adopted",
        sumedang,
        "{\"templateId\":\"oecd-opsi-lifecycle\",\"version\":\"1.0.0\"}");

    assertThat(
            Api.get(
                    "/t/pontianak/api/templates/adopted/oecd-opsi-lifecycle",
                    Api.token("admin.pontianak", "pontianak"))
                .status())
        .isEqualTo(404);
    assertThat(Api.get("/t/sumedang/api/templates/adopted/oecd-opsi-lifecycle", sumedang).status())
        .isEqualTo(200);
  }

  @Test
  void unknownTenantIsNotFound() {
    assertThat(Api.get("/t/atlantis/api/work-units", null).status()).isEqualTo(404);
    assertThat(Api.get("/t/atlantis/", null).status()).isEqualTo(404);
  }

  @Test
  void suspendedTenantAnswersServiceUnavailableUntilResumed() {
    String admin = Api.token("platform.admin", null);
    String member = Api.token("admin.sumedang", "sumedang");
    assertThat(Api.post("/api/platform/tenants/sumedang/suspend", admin, null).status())
        .isEqualTo(200);
    try {
      assertThat(Api.get("/t/sumedang/api/work-units", member).status()).isEqualTo(503);
    } finally {
      assertThat(Api.post("/api/platform/tenants/sumedang/resume", admin, null).status())
          .isEqualTo(200);
    }
    assertThat(Api.get("/t/sumedang/api/work-units", member).status()).isEqualTo(200);
  }

  @Test
  void tenantIsResolvedFromItsHostName() throws Exception {
    String status =
        Api.rawGet(
            "pontianak.localhost",
            "/api/work-units?size=1",
            Api.token("admin.pontianak", "pontianak"));
    String unknown = Api.rawGet("atlantis.localhost", "/api/work-units?size=1", null);

    assertThat(status).startsWith("HTTP/1.1 200");
    assertThat(unknown).startsWith("HTTP/1.1 404");
  }
}
