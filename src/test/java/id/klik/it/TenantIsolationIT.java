package id.klik.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
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
  void tenantIsResolvedFromItsHostName() {
    HttpRequest.Builder request =
        Api.request("/api/work-units?size=1", Api.token("admin.pontianak", "pontianak"))
            .header("Host", "pontianak.localhost")
            .GET();

    Api.Reply reply = Api.send(request);

    assertThat(reply.status()).isEqualTo(200);
    assertThat(reply.json().getJsonNumber("total").longValue()).isGreaterThan(30);
  }
}
