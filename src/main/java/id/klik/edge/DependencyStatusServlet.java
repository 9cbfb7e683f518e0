package id.klik.edge;

import id.klik.identity.infrastructure.KeycloakAdmin;
import id.klik.tenancy.infrastructure.JdbcTenantStore;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.sql.Connection;

/**
 * {@code GET /status/dependencies}: whether the database and Keycloak answer, in the shape of
 * MicroProfile Health ({@code {status, checks[{name, status}]}}, 503 when one is DOWN), for people
 * and monitoring. It is deliberately not a readiness check: with Keycloak down, API calls with
 * valid tokens still pass (cached keys) and only new sign-ins wait, so a pod must stay in service;
 * {@code /health/ready} therefore names the database and the start-up, not Keycloak.
 */
@WebServlet("/status/dependencies")
public class DependencyStatusServlet extends HttpServlet {

  @Inject JdbcTenantStore store;
  @Inject KeycloakAdmin keycloak;

  @Override
  protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
    boolean database = databaseUp();
    boolean keycloakUp = keycloak.reachable();
    JsonArrayBuilder checks =
        Json.createArrayBuilder()
            .add(Json.createObjectBuilder().add("name", "database").add("status", up(database)))
            .add(Json.createObjectBuilder().add("name", "keycloak").add("status", up(keycloakUp)));
    resp.setStatus(database && keycloakUp ? 200 : 503);
    resp.setContentType("application/json");
    resp.setCharacterEncoding("UTF-8");
    resp.setHeader("Cache-Control", "no-store");
    resp.getWriter()
        .write(
            Json.createObjectBuilder()
                .add("status", up(database && keycloakUp))
                .add("checks", checks)
                .build()
                .toString());
  }

  private boolean databaseUp() {
    try (Connection c = store.dataSource().getConnection()) {
      return c.isValid(2);
    } catch (Exception e) {
      return false;
    }
  }

  private static String up(boolean up) {
    return up ? "UP" : "DOWN";
  }
}
