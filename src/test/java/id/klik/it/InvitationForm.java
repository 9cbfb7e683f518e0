package id.klik.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** The invitation page as a browser without script uses it: GET, then the form's POST. */
record InvitationForm(HttpClient http, String path, String page) {

  private static final Pattern VIEW_STATE =
      Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");

  static InvitationForm open(String path) throws Exception {
    HttpClient http =
        HttpClient.newBuilder()
            .cookieHandler(new CookieManager())
            .connectTimeout(Duration.ofSeconds(5))
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
    HttpResponse<String> r =
        http.send(
            HttpRequest.newBuilder(URI.create(LocalStack.appUrl() + path)).GET().build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    return new InvitationForm(http, path.substring(0, path.indexOf('?')), r.body());
  }

  /** Posts the form and answers the page shown again (with its errors). */
  String submit(String password, String confirmation) throws Exception {
    return post(password, confirmation).body();
  }

  HttpResponse<String> accept(String password) throws Exception {
    return post(password, password);
  }

  private HttpResponse<String> post(String password, String confirmation) throws Exception {
    Matcher state = VIEW_STATE.matcher(page);
    assertThat(state.find()).as(page).isTrue();
    Map<String, String> fields = new java.util.LinkedHashMap<>();
    fields.put("invitation", "invitation");
    if (password != null) {
      fields.put("invitation:password", password);
      fields.put("invitation:confirmation", confirmation);
    }
    fields.put("invitation:accept", "accept");
    fields.put("jakarta.faces.ViewState", state.group(1));
    String body =
        fields.entrySet().stream()
            .map(e -> enc(e.getKey()) + "=" + enc(e.getValue()))
            .collect(Collectors.joining("&"));
    return http.send(
        HttpRequest.newBuilder(URI.create(LocalStack.appUrl() + path))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }
}
