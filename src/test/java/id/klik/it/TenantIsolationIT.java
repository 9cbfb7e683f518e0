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
