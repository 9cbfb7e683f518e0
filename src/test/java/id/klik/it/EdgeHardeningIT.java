package id.klik.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * What an outside probe found at the edge, as classes of defect over the real stack: every other
 * spelling of a path is refused with a JSON 400 before anything decides on it; every answer carries
 * the security headers; redirects never follow a forged Host header; and the pages still work in
 * Chromium under their Content-Security-Policy.
 */
@ExtendWith(LocalStack.class)
class EdgeHardeningIT {

  /** Paths behind a prefix check of the edge, and tenant paths, in their canonical form. */
  private static final List<String> GUARDED =
      List.of(
          "/app/index.xhtml",
          "/app/work-units.xhtml",
          "/api/tenant/work-units",
          "/platform/index.xhtml",
          "/api/platform/tenants",
          "/t/pontianak/",
          "/t/pontianak/work-units",
          "/t/pontianak/api/work-units");

  /**
   * Every way found (and the close relatives) to write a guarded path differently, each with the
   * canonical path it stands for.
   */
  static Stream<org.junit.jupiter.params.provider.Arguments> otherSpellings() {
    List<org.junit.jupiter.params.provider.Arguments> all = new ArrayList<>();
    for (String path : GUARDED) {
      List<String> probes = new ArrayList<>();
      char first = path.charAt(1);
      String rest = path.substring(2);
      probes.add("/" + escape(first, true) + rest);
      probes.add("/" + escape(first, false) + rest);
      int last = path.lastIndexOf('/', path.length() - 2);
      probes.add(path.substring(0, last) + "/." + path.substring(last));
      probes.add(path.substring(0, last) + "/x/.." + path.substring(last));
      probes.add(path.substring(0, last) + "/x/%2e%2e" + path.substring(last));
      probes.add(path.substring(0, last) + "/x/%2E%2E" + path.substring(last));
      probes.add(path.substring(0, last) + "/" + path.substring(last));
      probes.add(path.substring(0, last) + "%2F" + path.substring(last + 1));
      probes.add(path.substring(0, last) + "%5C" + path.substring(last + 1));
      probes.add(path.substring(0, last) + ";jsessionid=1" + path.substring(last));
      probes.add(path + ";jsessionid=1");
      probes.add(path + "%00");
      probes.add(path.substring(0, last) + "/%C0%AE%C0%AE" + path.substring(last));
      probes.forEach(p -> all.add(org.junit.jupiter.params.provider.Arguments.of(p, path)));
    }
    return all.stream();
  }

  private static String escape(char c, boolean upper) {
    String hex = String.format("%%%02X", (int) c);
    return upper ? hex : hex.toLowerCase(Locale.ROOT);
  }

  /**
   * Refused by the edge with a JSON 400 and a request id. Some spellings never reach the
   * application: the container itself refuses a NUL, a backslash or broken UTF-8 with a bare 400,
   * and it takes a {@code ;jsessionid} off the path before the edge sees it (then the edge answers
   * what the remaining path is, or the container redirects a bare folder name to "folder/"). Never
   * a 200 without login, never a 500.
   */
  @ParameterizedTest(name = "{0}")
  @MethodSource("otherSpellings")
  void anotherSpellingOfAGuardedPathIsAJson400WithARequestId(String path, String canonical) {
    Raw reply = Raw.get("localhost", path, Map.of());

    assertThat(reply.status()).as(path).isNotEqualTo(500).isNotEqualTo(200);
    if (reply.header("x-request-id") == null) {
      // the container answered before any code of ours ran
      assertThat(reply.status()).as(path).isIn(301, 400);
      assertThat(reply.body()).as(path).doesNotContain("KLIK");
      return;
    }
    if (reply.status() != 400) {
      assertThat(path).as("only a path parameter is dropped by the container").contains(";");
      assertThat(reply.status()).as(path).isIn(301, 302, 401, 404);
      return;
    }
    assertThat(reply.header("content-type")).as(path).startsWith("application/json");
    assertThat(reply.body()).as(path).contains("\"status\":400").contains("\"requestId\"");
  }

  @Test
  void theProbesExampleNoLongerOpensAnEmptyPageShell() {
    assertThat(Raw.get("localhost", "/%61pp/index.xhtml", Map.of()).status()).isEqualTo(400);
    assertThat(Raw.get("localhost", "/%70latform/index.xhtml", Map.of()).status()).isEqualTo(400);
    assertThat(Raw.get("localhost", "/%61pp/work-units.xhtml", Map.of()).status()).isEqualTo(400);
  }

  @Test
  void theTenantPrefixWithoutATenantIsNotFoundNotAnError() {
    assertThat(Raw.get("localhost", "/t", Map.of()).status()).isEqualTo(404);
    assertThat(Raw.get("localhost", "/t/", Map.of()).status()).isEqualTo(404);
  }

  @Test
  void tenantJsonIsNeverStoredAndNeverSniffed() {
    Raw reply =
        Raw.get(
            "localhost",
            "/t/pontianak/api/work-units?size=1",
            Map.of("Authorization", "Bearer " + Api.token("admin.pontianak", "pontianak")));

    assertThat(reply.status()).isEqualTo(200);
    assertThat(reply.header("cache-control")).isEqualTo("no-store");
    assertThat(reply.header("x-content-type-options")).isEqualTo("nosniff");
  }

  @Test
  void refusalsCarryTheHeadersToo() {
    Raw reply = Raw.get("localhost", "/t/pontianak/api/work-units", Map.of());

    assertThat(reply.status()).isEqualTo(401);
    assertThat(reply.header("cache-control")).isEqualTo("no-store");
    assertThat(reply.header("x-content-type-options")).isEqualTo("nosniff");
    assertThat(reply.header("x-request-id")).isNotBlank();
  }

  @Test
  void pagesHaveAContentSecurityPolicyThatAllowsOnlyThisOrigin() {
    Raw reply = Raw.get("localhost", "/", Map.of());

    assertThat(reply.status()).isEqualTo(200);
    assertThat(reply.header("content-security-policy"))
        .contains("default-src 'self'")
        .contains("object-src 'none'")
        .contains("frame-ancestors 'none'")
        .doesNotContain("*");
    assertThat(reply.header("x-content-type-options")).isEqualTo("nosniff");
  }

  @Test
  void theSessionCookieIsSameSiteLaxAndHttpOnly() {
    Raw reply = Raw.get("localhost", "/?lang=en", Map.of());

    String cookie = reply.header("set-cookie");
    assertThat(cookie).contains("JSESSIONID").containsIgnoringCase("HttpOnly");
    assertThat(cookie).containsIgnoringCase("SameSite=Lax");
    // the stack's public URL is http://: a Secure cookie would never come back
    assertThat(cookie).doesNotContainIgnoringCase("Secure");
  }

  @Test
  void aForgedHostHeaderNeverBecomesTheRedirectTarget() {
    for (String path : List.of("/t/pontianak/", "/t/pontianak/work-units", "/platform/")) {
      Raw reply = Raw.get("evil.example", path, Map.of());

      assertThat(reply.status()).as(path).isEqualTo(302);
      assertThat(reply.header("location"))
          .as(path)
          .doesNotContain("evil.example")
          .satisfiesAnyOf(
              l -> assertThat(l).startsWith("/").doesNotStartWith("//"),
              l -> assertThat(l).startsWith(LocalStack.appUrl()));
    }
  }

  @Test
  void pagesWorkInChromiumWithoutAnyPolicyViolation() throws Exception {
    ChromeDriver browser = Chromium.start();
    try {
      WebDriverWait wait = Chromium.waitUpTo(browser, Duration.ofSeconds(30));
      browser.get(LocalStack.appUrl() + "/t/pontianak/work-units");
      Chromium.logIn(browser, wait, "admin.pontianak");
      wait.until(ExpectedConditions.textToBe(By.tagName("h1"), "Unit kerja"));
      // an Ajax round trip: PrimeFaces updates the page and runs its callbacks
      browser.findElement(By.id("units:add")).click();
      wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("unitDialogForm:code")));

      List<String> violations =
          browser.manage().logs().get(LogType.BROWSER).getAll().stream()
              .map(LogEntry::getMessage)
              .filter(m -> m.contains("Content Security Policy"))
              .toList();
      assertThat(violations).isEmpty();
    } finally {
      browser.quit();
    }
  }

  /** A response read off the socket as sent: status, headers (lower-case names), body. */
  record Raw(int status, Map<String, String> headers, String body) {

    String header(String name) {
      return headers.get(name);
    }

    /** A GET written byte for byte: the path exactly as given, a chosen Host header. */
    static Raw get(String host, String path, Map<String, String> extra) {
      URI app = URI.create(LocalStack.appUrl());
      try (Socket socket = new Socket(app.getHost(), app.getPort())) {
        socket.setSoTimeout(30_000);
        StringBuilder request = new StringBuilder("GET " + path + " HTTP/1.1\r\n");
        request.append("Host: ").append(host).append("\r\n");
        request.append("Accept-Language: en\r\n");
        extra.forEach((k, v) -> request.append(k).append(": ").append(v).append("\r\n"));
        request.append("Connection: close\r\n\r\n");
        socket.getOutputStream().write(request.toString().getBytes(StandardCharsets.US_ASCII));
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        socket.getInputStream().transferTo(all);
        return parse(all.toString(StandardCharsets.UTF_8));
      } catch (IOException e) {
        throw new IllegalStateException(e);
      }
    }

    private static Raw parse(String text) {
      int end = text.indexOf("\r\n\r\n");
      String head = end < 0 ? text : text.substring(0, end);
      String[] lines = head.split("\r\n");
      int status = Integer.parseInt(lines[0].split(" ")[1]);
      Map<String, String> headers = new LinkedHashMap<>();
      for (int i = 1; i < lines.length; i++) {
        int colon = lines[i].indexOf(':');
        if (colon > 0) {
          headers.merge(
              lines[i].substring(0, colon).trim().toLowerCase(Locale.ROOT),
              lines[i].substring(colon + 1).trim(),
              (a, b) -> a + "\n" + b);
        }
      }
      return new Raw(status, headers, end < 0 ? "" : text.substring(end + 4));
    }
  }
}
