package id.klik.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.nio.file.Files;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Health, metrics, the API description, request ids in logs. */
@ExtendWith(LocalStack.class)
class OperationsIT {

  @Test
  void readinessChecksDatabaseAndStartUpButNotKeycloak() {
    Api.Reply ready = Api.get("/health/ready", null);

    assertThat(ready.status()).isEqualTo(200);
    assertThat(ready.body()).contains("\"database\"", "\"tenants-reconciled\"");
    // Keycloak down stops new sign-ins, not API calls with valid tokens: not a readiness check
    assertThat(ready.body()).doesNotContain("\"keycloak\"");
  }

  @Test
  void dependencyStatusNamesDatabaseAndKeycloak() {
    Api.Reply status = Api.get("/status/dependencies", null);

    assertThat(status.status()).isEqualTo(200);
    assertThat(status.body()).contains("\"database\"", "\"keycloak\"", "\"UP\"");
  }

  @Test
  void livenessAndStartedAreUp() {
    assertThat(Api.get("/health/live", null).status()).isEqualTo(200);
    assertThat(Api.get("/health/started", null).status()).isEqualTo(200);
  }

  @Test
  void metricsArePublished() {
    assertThat(Api.get("/metrics", null).status()).isEqualTo(200);
  }

  @Test
  void openApiDescribesTenantEndpointsUnderTheirPublicPath() {
    Api.Reply doc = Api.get("/openapi", null);

    assertThat(doc.status()).isEqualTo(200);
    assertThat(doc.body())
        .contains(
            "/t/{slug}/api/work-units",
            "/api/platform/tenants/reconcile",
            "/t/{slug}/api/templates/drafts/{id}/publish",
            "/t/{slug}/api/templates/adopted/{id}/update/{version}",
            "/t/{slug}/api/clinic")
        .doesNotContain("/api/tenant/work-units");
  }

  @Test
  void requestIdIsEchoedAndLoggedWithTheTenant() throws Exception {
    HttpRequest.Builder request =
        Api.request("/t/pontianak/api/work-units?size=1", Api.token("admin.pontianak", "pontianak"))
            .header("X-Request-Id", "it-trace-4711")
            .GET();

    assertThat(Api.send(request).status()).isEqualTo(200);
    Thread.sleep(300);
    assertThat(Files.readString(LocalStack.stack().appLog()))
        .contains("tenant=pontianak request=it-trace-4711 GET /t/pontianak/api/work-units");
  }

  @Test
  void unknownPathGivesAJsonErrorNotAStackTrace() {
    Api.Reply reply =
        Api.get("/t/pontianak/api/no-such-thing", Api.token("admin.pontianak", "pontianak"));

    assertThat(reply.status()).isEqualTo(404);
    assertThat(reply.body()).doesNotContain("Exception").contains("\"status\":404");
  }
}
