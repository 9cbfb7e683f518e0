package id.klik.identity.infrastructure;

import id.klik.identity.domain.KlikUser;
import id.klik.identity.web.SessionLogin;
import id.klik.shared.infrastructure.KlikConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * The realm's token endpoint for the browser login: exchanges an authorization code, refreshes an
 * expiring login, and turns the answer into a validated {@link SessionLogin.Login}.
 */
@ApplicationScoped
public class OidcTokens {

  @Inject KlikConfig config;
  @Inject TokenVerifier verifier;

  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  public Optional<SessionLogin.Login> exchangeCode(
      String code, String redirectUri, String codeVerifier) {
    return call(
        "grant_type=authorization_code&code="
            + enc(code)
            + "&redirect_uri="
            + enc(redirectUri)
            + "&code_verifier="
            + enc(codeVerifier),
        null);
  }

  public Optional<SessionLogin.Login> refresh(SessionLogin.Login login) {
    if (login.refreshToken() == null) {
      return Optional.empty();
    }
    return call(
        "grant_type=refresh_token&refresh_token=" + enc(login.refreshToken()), login.idToken());
  }

  private Optional<SessionLogin.Login> call(String grant, String previousIdToken) {
    String form =
        grant
            + "&client_id="
            + enc(config.clientId())
            + "&client_secret="
            + enc(config.clientSecret());
    try {
      HttpResponse<String> r =
          http.send(
              HttpRequest.newBuilder(
                      URI.create(
                          config.keycloakUrl()
                              + "/realms/"
                              + config.realm()
                              + "/protocol/openid-connect/token"))
                  .timeout(Duration.ofSeconds(10))
                  .header("Content-Type", "application/x-www-form-urlencoded")
                  .POST(HttpRequest.BodyPublishers.ofString(form))
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      if (r.statusCode() != 200) {
        return Optional.empty();
      }
      JsonObject tokens = Json.createReader(new StringReader(r.body())).readObject();
      Optional<KlikUser> user = verifier.verify(tokens.getString("access_token", ""));
      return user.map(
          u ->
              new SessionLogin.Login(
                  u,
                  tokens.getString("id_token", previousIdToken),
                  tokens.getString("refresh_token", null),
                  Instant.now().plusSeconds(Math.max(5, tokens.getInt("expires_in", 60) - 5))));
    } catch (IOException e) {
      return Optional.empty();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return Optional.empty();
    }
  }

  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }
}
