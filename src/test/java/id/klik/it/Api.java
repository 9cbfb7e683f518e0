package id.klik.it;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.StringReader;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/** A script's view of the API: tokens from the demo client {@code klik-cli}, JSON calls. */
final class Api {

  static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  /** A response with its JSON body read, when it has one. */
  record Reply(int status, String body) {
    JsonObject json() {
      return Json.createReader(new StringReader(body)).readObject();
    }

    JsonStructure structure() {
      return Json.createReader(new StringReader(body)).read();
    }
  }

  private Api() {}

  /** A token for a demo user, asking for the organization scope when {@code org} is given. */
  static String token(String username, String org) {
    String scope = org == null ? "openid" : "openid organization:" + org;
    String form =
        "grant_type=password&client_id=klik-cli&username="
            + enc(username)
            + "&password=demo&scope="
            + enc(scope);
    Reply r =
        send(
            HttpRequest.newBuilder(
                    URI.create(
                        LocalStack.keycloakUrl() + "/realms/klik/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)));
    if (r.status() != 200) {
      throw new IllegalStateException("token for " + username + ": " + r.body());
    }
    return r.json().getString("access_token");
  }

  static Reply get(String path, String token) {
    return send(request(path, token).GET());
  }

  static Reply post(String path, String token, String json) {
    return send(
        request(path, token)
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(json == null ? "" : json)));
  }

  static Reply put(String path, String token, String json) {
    return send(
        request(path, token)
            .header("Content-Type", "application/json")
            .PUT(HttpRequest.BodyPublishers.ofString(json)));
  }

  static Reply postCsv(String path, String token, String csv) {
    return send(
        request(path, token)
            .header("Content-Type", "text/csv")
            .POST(HttpRequest.BodyPublishers.ofString(csv)));
  }

  static HttpRequest.Builder request(String path, String token) {
    HttpRequest.Builder b =
        HttpRequest.newBuilder(URI.create(LocalStack.appUrl() + path))
            .timeout(Duration.ofSeconds(30))
            .header("Accept-Language", "en");
    if (token != null) {
      b.header("Authorization", "Bearer " + token);
    }
    return b;
  }

  static Reply send(HttpRequest.Builder request) {
    try {
      HttpResponse<String> r = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
      return new Reply(r.statusCode(), r.body());
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /**
   * The status line of a GET sent byte for byte: a chosen Host header, and a path exactly as
   * written (the JDK's client sets its own Host and may tidy the path).
   */
  static String rawGet(String host, String path, String token) {
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
      return new BufferedReader(
              new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8))
          .readLine();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }
}
