package id.klik.identity.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The people side of Keycloak for member administration: accounts found by address, created for an
 * invitation (no mail from Keycloak, no required action: the app's invitation page sets the
 * password), deleted again when the membership could not be written, their passwords, and their
 * place in a tenant's organization. Calls go through {@link KeycloakAdmin}'s service account.
 */
@ApplicationScoped
public class KeycloakAccounts {

  /** A Keycloak user as member administration needs it. */
  public record Account(String id, String username) {}

  /** Keycloak refused a password (its realm password policy). */
  public static class PasswordRejectedException extends RuntimeException {
    PasswordRejectedException(String message) {
      super(message);
    }
  }

  @Inject KeycloakAdmin admin;

  /** Organization ids never change for an alias; looked up once per tenant and replica. */
  private final Map<String, String> organizations = new ConcurrentHashMap<>();

  /** The id of the tenant's organization, by the tenant's slug (its alias). */
  public String organizationOf(String slug) {
    String known = organizations.get(slug);
    if (known != null) {
      return known;
    }
    String id =
        admin
            .findOrganization(slug)
            .orElseThrow(() -> new IllegalStateException("no organization " + slug));
    organizations.put(slug, id);
    return id;
  }

  public Optional<Account> findByEmail(String email) {
    return admin
        .getArray("/users?exact=true&briefRepresentation=true&email=" + KeycloakAdmin.enc(email))
        .stream()
        .map(JsonValue::asJsonObject)
        .filter(u -> email.equalsIgnoreCase(u.getString("email", "")))
        .map(u -> new Account(u.getString("id"), u.getString("username")))
        .findFirst();
  }

  public Optional<Account> findByUsername(String username) {
    return admin.findUserId(username).map(id -> new Account(id, username));
  }

  /** A new account for an invited person, enabled, its address taken as verified by the mail. */
  public Account create(String username, String email, String name) {
    var body =
        Json.createObjectBuilder()
            .add("username", username)
            .add("email", email)
            .add("emailVerified", true)
            .add("enabled", true)
            .add("firstName", firstName(name))
            .add("lastName", lastName(name))
            .add("requiredActions", Json.createArrayBuilder());
    HttpResponse<String> r = admin.send("POST", "/users", body.build().toString());
    if (r.statusCode() == 409) {
      throw new AccountConflictException();
    }
    return new Account(KeycloakAdmin.createdId(r), username);
  }

  /**
   * Keycloak's default user profile wants a first and a last name, and asks for a missing one at
   * login (which a password grant cannot answer): the name is split at its last space, and a single
   * name (common in Indonesia) fills both.
   */
  static String firstName(String name) {
    String n = name.trim();
    int space = n.lastIndexOf(' ');
    return space < 0 ? n : n.substring(0, space).trim();
  }

  static String lastName(String name) {
    String n = name.trim();
    int space = n.lastIndexOf(' ');
    return space < 0 ? n : n.substring(space + 1);
  }

  /** Removes an account this app created moments ago (compensation); gone already is fine. */
  public void delete(String userId) {
    HttpResponse<String> r = admin.send("DELETE", "/users/" + userId, null);
    if (r.statusCode() != 204 && r.statusCode() != 404) {
      throw KeycloakAdmin.failure("deleting user", r);
    }
  }

  public boolean isMember(String organizationId, String userId) {
    HttpResponse<String> r =
        admin.send("GET", "/organizations/" + organizationId + "/members/" + userId, null);
    if (r.statusCode() == 200) {
      return true;
    }
    if (r.statusCode() == 404) {
      return false;
    }
    throw KeycloakAdmin.failure("reading organization member", r);
  }

  public void addMember(String organizationId, String userId) {
    admin.addMember(organizationId, userId);
  }

  /** Takes the person out of one tenant's organization; their account and other tenants stay. */
  public void removeMember(String organizationId, String userId) {
    HttpResponse<String> r =
        admin.send("DELETE", "/organizations/" + organizationId + "/members/" + userId, null);
    if (r.statusCode() != 204 && r.statusCode() != 404) {
      throw KeycloakAdmin.failure("removing organization member", r);
    }
  }

  /** Whether the person can already log in with a password of their own. */
  public boolean hasPassword(String userId) {
    return admin.getArray("/users/" + userId + "/credentials").stream()
        .map(JsonValue::asJsonObject)
        .anyMatch(c -> "password".equals(c.getString("type", "")));
  }

  /** Sets the person's own (not temporary) password and drops a pending "update password". */
  public void setPassword(String userId, String password) {
    String body =
        Json.createObjectBuilder()
            .add("type", "password")
            .add("value", password)
            .add("temporary", false)
            .build()
            .toString();
    HttpResponse<String> r = admin.send("PUT", "/users/" + userId + "/reset-password", body);
    if (r.statusCode() == 400) {
      throw new PasswordRejectedException(r.body());
    }
    if (r.statusCode() != 204) {
      throw KeycloakAdmin.failure("setting password", r);
    }
    clearRequiredActions(userId);
  }

  /**
   * An account created by an older onboarding still asks to "update password" at login; the
   * password just chosen makes that moot. The whole representation goes back, changed only there: a
   * partial one could drop profile attributes.
   */
  private void clearRequiredActions(String userId) {
    HttpResponse<String> r = admin.send("GET", "/users/" + userId, null);
    if (r.statusCode() != 200) {
      throw KeycloakAdmin.failure("reading user", r);
    }
    JsonObject user = Json.createReader(new StringReader(r.body())).readObject();
    JsonArray actions = user.getJsonArray("requiredActions");
    if (actions == null || actions.isEmpty()) {
      return;
    }
    String body =
        Json.createObjectBuilder(user)
            .add("requiredActions", Json.createArrayBuilder())
            .build()
            .toString();
    HttpResponse<String> u = admin.send("PUT", "/users/" + userId, body);
    if (u.statusCode() != 204) {
      throw KeycloakAdmin.failure("clearing required actions", u);
    }
  }

  /** The username is taken in Keycloak by an account with another address. */
  public static class AccountConflictException extends RuntimeException {
    AccountConflictException() {
      super("username taken in Keycloak");
    }
  }
}
