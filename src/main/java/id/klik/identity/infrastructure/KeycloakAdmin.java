package id.klik.identity.infrastructure;

import id.klik.shared.infrastructure.DependencyUnavailableException;
import id.klik.shared.infrastructure.KlikConfig;
import id.klik.shared.infrastructure.Outages;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;

/**
 * Provisioning in Keycloak through its admin REST API, authenticated as the app client's service
 * account: one organization per tenant, users, organization members. Every operation is idempotent
 * from the caller's view (find before create, "already a member" is success).
 *
 * <p>Why not {@code keycloak-admin-client}: it brings RESTEasy, whose JAX-RS provider registration
 * stops Payara's Jersey from bootstrapping the app's own REST endpoints
 * (keycloak/keycloak-client#183). The handful of calls below need only the JDK's HTTP client.
 */
@ApplicationScoped
public class KeycloakAdmin {

  @Inject KlikConfig config;

  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private volatile String token;
  private volatile long tokenExpiresAt;

  public boolean reachable() {
    try {
      HttpResponse<Void> r =
          http.send(
              HttpRequest.newBuilder(URI.create(realmUrl() + "/.well-known/openid-configuration"))
                  .timeout(Duration.ofSeconds(3))
                  .build(),
              HttpResponse.BodyHandlers.discarding());
      return r.statusCode() == 200;
    } catch (IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  /**
   * Finds an organization by alias. Keycloak's search matches names, not aliases, so the lookup
   * pages through the organizations until the alias turns up; it runs only when onboarding does not
   * know the id yet (first onboarding, or resuming after a crash).
   */
  public Optional<String> findOrganization(String alias) {
    int page = 100;
    for (int first = 0; ; first += page) {
      JsonArray batch =
          getArray("/organizations?briefRepresentation=true&first=" + first + "&max=" + page);
      Optional<String> id =
          batch.stream()
              .map(JsonValue::asJsonObject)
              .filter(o -> alias.equals(o.getString("alias", null)))
              .map(o -> o.getString("id"))
              .findFirst();
      if (id.isPresent() || batch.size() < page) {
        return id;
      }
    }
  }

  public String createOrganization(String alias, String name) {
    JsonObject body =
        Json.createObjectBuilder()
            .add("alias", alias)
            .add("name", name)
            .add("enabled", true)
            .add("description", "KLIK tenant " + alias)
            .build();
    HttpResponse<String> r = send("POST", "/organizations", body.toString());
    if (r.statusCode() == 409) {
      return findOrganization(alias).orElseThrow(() -> failure("organization conflict", r));
    }
    return createdId(r);
  }

  public Optional<String> findUserId(String username) {
    return getArray("/users?exact=true&briefRepresentation=true&username=" + enc(username)).stream()
        .map(JsonValue::asJsonObject)
        .filter(u -> username.equalsIgnoreCase(u.getString("username", "")))
        .map(u -> u.getString("id"))
        .findFirst();
  }

  public Optional<String> findUserIdByEmail(String email) {
    return getArray("/users?exact=true&briefRepresentation=true&email=" + enc(email)).stream()
        .map(JsonValue::asJsonObject)
        .filter(u -> email.equalsIgnoreCase(u.getString("email", "")))
        .map(u -> u.getString("id"))
        .findFirst();
  }

  /** Creates a user who sets a password on first login; the invitation e-mail is best effort. */
  public String createUser(String username, String email, String name) {
    var body =
        Json.createObjectBuilder()
            .add("username", username)
            .add("enabled", true)
            .add("firstName", name == null ? username : name)
            .add("requiredActions", Json.createArrayBuilder().add("UPDATE_PASSWORD"));
    if (email != null) {
      body.add("email", email);
    }
    HttpResponse<String> created = send("POST", "/users", body.build().toString());
    if (created.statusCode() == 409) {
      // created meanwhile, e.g. by another replica onboarding the same tenant
      return findUserId(username).orElseThrow(() -> failure("user conflict", created));
    }
    String id = createdId(created);
    send("PUT", "/users/" + id + "/execute-actions-email", "[\"UPDATE_PASSWORD\"]");
    return id;
  }

  public void addMember(String organizationId, String userId) {
    HttpResponse<String> r =
        send("POST", "/organizations/" + organizationId + "/members", "\"" + userId + "\"");
    if (r.statusCode() != 201 && r.statusCode() != 204 && r.statusCode() != 409) {
      throw failure("adding organization member", r);
    }
  }

  /** Ends an organization membership; one that does not exist is already ended. */
  public void removeMember(String organizationId, String userId) {
    HttpResponse<String> r =
        send("DELETE", "/organizations/" + organizationId + "/members/" + userId, null);
    if (r.statusCode() != 204 && r.statusCode() != 404) {
      throw failure("removing organization member", r);
    }
  }

  /** Gives the user a realm role (e.g. {@code national-mentor}); holding it already is success. */
  public void grantRealmRole(String userId, String roleName) {
    HttpResponse<String> role = send("GET", "/roles/" + enc(roleName), null);
    if (role.statusCode() != 200) {
      throw failure("GET realm role " + roleName, role);
    }
    HttpResponse<String> r =
        send("POST", "/users/" + userId + "/role-mappings/realm", "[" + role.body() + "]");
    if (r.statusCode() != 204 && r.statusCode() != 200) {
      throw failure("granting realm role " + roleName, r);
    }
  }

  JsonArray getArray(String path) {
    HttpResponse<String> r = send("GET", path, null);
    if (r.statusCode() != 200) {
      throw failure("GET " + path, r);
    }
    return Json.createReader(new StringReader(r.body())).readArray();
  }

  HttpResponse<String> send(String method, String path, String json) {
    HttpRequest.Builder b =
        HttpRequest.newBuilder(
                URI.create(config.keycloakUrl() + "/admin/realms/" + config.realm() + path))
            .timeout(Duration.ofSeconds(20))
            .header("Authorization", "Bearer " + accessToken());
    if (json == null) {
      b.method(method, HttpRequest.BodyPublishers.noBody());
    } else {
      b.header("Content-Type", "application/json")
          .method(method, HttpRequest.BodyPublishers.ofString(json));
    }
    return call(b.build());
  }

  private String accessToken() {
    if (token != null && System.currentTimeMillis() < tokenExpiresAt) {
      return token;
    }
    String form =
        "grant_type=client_credentials&client_id="
            + enc(config.clientId())
            + "&client_secret="
            + enc(config.clientSecret());
    HttpResponse<String> r =
        call(
            HttpRequest.newBuilder(URI.create(realmUrl() + "/protocol/openid-connect/token"))
                .timeout(Duration.ofSeconds(10))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form))
                .build());
    if (r.statusCode() != 200) {
      throw failure("service account login", r);
    }
    JsonObject json = Json.createReader(new StringReader(r.body())).readObject();
    token = json.getString("access_token");
    tokenExpiresAt = System.currentTimeMillis() + (json.getInt("expires_in", 60) - 15) * 1000L;
    return token;
  }

  private HttpResponse<String> call(HttpRequest request) {
    try {
      return http.send(request, HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new KeycloakUnavailableException("Keycloak unreachable: " + e.getMessage(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new KeycloakUnavailableException("interrupted", e);
    }
  }

  static String createdId(HttpResponse<String> r) {
    if (r.statusCode() != 201) {
      throw failure("create", r);
    }
    String location = r.headers().firstValue("Location").orElseThrow();
    return location.substring(location.lastIndexOf('/') + 1);
  }

  private String realmUrl() {
    return config.keycloakUrl() + "/realms/" + config.realm();
  }

  static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  static RuntimeException failure(String what, HttpResponse<String> r) {
    if (r.statusCode() >= 500) {
      // a Keycloak still starting or without its database answers 5xx: an outage, not a bug
      return new KeycloakUnavailableException(
          "Keycloak " + what + " failed: HTTP " + r.statusCode(), null);
    }
    return new IllegalStateException(
        "Keycloak " + what + " failed: HTTP " + r.statusCode() + " " + r.body());
  }

  /** Keycloak could not be reached at all; the caller may retry later. */
  public static class KeycloakUnavailableException extends DependencyUnavailableException {
    KeycloakUnavailableException(String message, Throwable cause) {
      super(Outages.Dependency.KEYCLOAK, message, cause);
    }
  }
}
