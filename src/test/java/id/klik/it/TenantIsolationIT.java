package id.klik.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
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
        rawGet(
            "pontianak.localhost",
            "/api/work-units?size=1",
            Api.token("admin.pontianak", "pontianak"));
    String unknown = rawGet("atlantis.localhost", "/api/work-units?size=1", null);

    assertThat(status).startsWith("HTTP/1.1 200");
    assertThat(unknown).startsWith("HTTP/1.1 404");
  }

  /** A request with a chosen Host header: the JDK's HTTP client will not send one of its own. */
  private static String rawGet(String host, String path, String token) throws Exception {
    URI app = URI.create(LocalStack.appUrl());
    try (Socket socket = new Socket(app.getHost(), app.getPort())) {
      String request =
          "GET "
              + path
              + " HTTP/1.1\r\nHost: "
              + host
              + "\r\n"
              + (token == null ? "" : "Authorization: Bearer " + token + "\r\n")
              + "Connection: close\r\n\r\n";
      socket.getOutputStream().write(request.getBytes(StandardCharsets.US_ASCII));
      BufferedReader reader =
          new BufferedReader(
              new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
      return reader.readLine();
    }
  }
}
