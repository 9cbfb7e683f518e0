package id.klik.devstack;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

/**
 * Imports the demo realm {@code klik} (clients, realm roles, demo users) through Keycloak's admin
 * REST API unless it exists. Organizations are not imported: the app creates one per tenant.
 */
final class RealmImport {

  static final String ADMIN = "admin";
  static final String ADMIN_PASSWORD = "admin";

  private final StackConfig config;
  private final HttpClient http = HttpClient.newHttpClient();

  RealmImport(StackConfig config) {
    this.config = config;
  }

  void ensureRealm() throws IOException, InterruptedException {
    String token = adminToken();
    HttpResponse<String> existing =
        http.send(
            HttpRequest.newBuilder(URI.create(config.keycloakUrl() + "/admin/realms/klik"))
                .header("Authorization", "Bearer " + token)
                .build(),
            HttpResponse.BodyHandlers.ofString());
    if (existing.statusCode() == 200) {
      addMissingDemoUsers(token);
      return;
    }
    HttpResponse<String> created =
        http.send(
            HttpRequest.newBuilder(URI.create(config.keycloakUrl() + "/admin/realms"))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(realmJson()))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    if (created.statusCode() != 201) {
      throw new IllegalStateException(
          "realm import failed: " + created.statusCode() + " " + created.body());
    }
  }

  /**
   * A realm kept from an earlier run gets the demo users added since (e.g. a new demo tenant's
   * admin); users that exist are left as they are.
   */
  private void addMissingDemoUsers(String token) throws IOException, InterruptedException {
    JsonArray users;
    try (JsonReader reader = Json.createReader(new StringReader(realmJson()))) {
      users = reader.readObject().getJsonArray("users");
    }
    String body =
        Json.createObjectBuilder()
            .add("ifResourceExists", "SKIP")
            .add("users", users)
            .build()
            .toString();
    HttpResponse<String> imported =
        http.send(
            HttpRequest.newBuilder(
                    URI.create(config.keycloakUrl() + "/admin/realms/klik/partialImport"))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    if (imported.statusCode() != 200) {
      throw new IllegalStateException(
          "adding demo users failed: " + imported.statusCode() + " " + imported.body());
    }
  }

  private String realmJson() throws IOException {
    try (InputStream in = RealmImport.class.getResourceAsStream("/devstack/klik-realm.json")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8)
          .replace("${APP_URL}", config.appUrl())
          .replace("${CLIENT_SECRET}", config.clientSecret());
    }
  }

  private String adminToken() throws IOException, InterruptedException {
    String form =
        "grant_type=password&client_id=admin-cli&username="
            + URLEncoder.encode(ADMIN, StandardCharsets.UTF_8)
            + "&password="
            + URLEncoder.encode(ADMIN_PASSWORD, StandardCharsets.UTF_8);
    HttpResponse<String> response =
        http.send(
            HttpRequest.newBuilder(
                    URI.create(
                        config.keycloakUrl() + "/realms/master/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    if (response.statusCode() != 200) {
      throw new IllegalStateException("Keycloak admin login failed: " + response.body());
    }
    JsonObject json = Json.createReader(new StringReader(response.body())).readObject();
    return json.getString("access_token");
  }
}
