package id.klik.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Who may call a tenant's API and the platform API: token, organization and membership. */
@ExtendWith(LocalStack.class)
class AccessIT {

  private static final String UNITS = "/t/pontianak/api/work-units";

  @Test
  void memberWithTheTenantsOrganizationTokenReadsItsWorkUnits() {
    Api.Reply reply = Api.get(UNITS, Api.token("admin.pontianak", "pontianak"));

    assertThat(reply.status()).isEqualTo(200);
    assertThat(reply.json().getJsonNumber("total").longValue()).isGreaterThanOrEqualTo(35);
  }

  @Test
  void callWithoutTokenIsUnauthorized() {
    assertThat(Api.get(UNITS, null).status()).isEqualTo(401);
  }

  @Test
  void tamperedTokenIsUnauthorized() {
    String token = Api.token("admin.pontianak", "pontianak");
    String tampered =
        token.substring(0, token.length() - 4) + (token.endsWith("AAAA") ? "BBBB" : "AAAA");

    assertThat(Api.get(UNITS, tampered).status()).isEqualTo(401);
  }

  @Test
  void tokenWithoutTheTenantsOrganizationIsForbidden() {
    assertThat(Api.get(UNITS, Api.token("admin.pontianak", null)).status()).isEqualTo(403);
  }

  @Test
  void pontianakTokenOnSumedangIsForbiddenAndShowsNoData() {
    Api.Reply reply =
        Api.get("/t/sumedang/api/work-units", Api.token("admin.pontianak", "pontianak"));

    assertThat(reply.status()).isEqualTo(403);
    assertThat(reply.body()).doesNotContain("items").contains("access.notInOrganization");
  }

  @Test
  void nonMemberCannotObtainTheOrganizationClaim() {
    // admin.sumedang is no member of pontianak's organization: Keycloak leaves it out of the token
    Api.Reply reply = Api.get(UNITS, Api.token("admin.sumedang", "pontianak"));

    assertThat(reply.status()).isEqualTo(403);
  }

  @Test
  void innovatorReadsButCannotWrite() {
    String token = Api.token("inovator.pontianak", "pontianak");

    assertThat(Api.get(UNITS, token).status()).isEqualTo(200);
    assertThat(
            Api.post(UNITS, token, "{\"code\":\"NOPE\",\"name\":\"Nope\",\"kind\":\"OPD\"}")
                .status())
        .isEqualTo(403);
  }

  @Test
  void platformApiAcceptsPlatformAdminOnly() {
    assertThat(Api.get("/api/platform/tenants", Api.token("platform.admin", null)).status())
        .isEqualTo(200);
    assertThat(Api.get("/api/platform/tenants", Api.token("admin.pontianak", "pontianak")).status())
        .isEqualTo(403);
    assertThat(Api.get("/api/platform/tenants", null).status()).isEqualTo(401);
  }

  @Test
  void internalPathsAreNotReachableFromOutside() {
    String token = Api.token("admin.pontianak", "pontianak");

    assertThat(Api.get("/api/tenant/work-units", token).status()).isEqualTo(404);
    assertThat(Api.get("/app/work-units.xhtml", token).status()).isEqualTo(404);
  }

  @Test
  void dotSegmentsCannotWalkFromATenantIntoThePlatformApi() {
    String member = Api.token("admin.pontianak", "pontianak");
    String host = URI.create(LocalStack.appUrl()).getAuthority();

    assertThat(Api.rawGet(host, "/t/pontianak/api/../platform/tenants", member))
        .startsWith("HTTP/1.1 400");
    assertThat(Api.rawGet(host, "/./platform/index.xhtml", null)).startsWith("HTTP/1.1 400");
    assertThat(Api.rawGet(host, "/t/pontianak/api/%2e%2e/platform/tenants", member))
        .startsWith("HTTP/1.1 400");
  }
}
