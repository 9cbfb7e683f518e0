package id.klik.identity.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class OidcLoginServletTest {

  @Test
  void theCallbackIsOnThePublicUrlWhenOneIsSet() {
    assertThat(OidcLoginServlet.baseUrl(Optional.of("https://klik.example.go.id"), 8080, ""))
        .isEqualTo("https://klik.example.go.id");
  }

  @Test
  void withoutAPublicUrlTheCallbackIsThisMachineNeverTheCallersHost() {
    assertThat(OidcLoginServlet.baseUrl(Optional.empty(), 8080, ""))
        .isEqualTo("http://localhost:8080");
  }

  @ParameterizedTest
  @ValueSource(strings = {"/", "/t/pontianak/work-units", "/t/pontianak/?lang=en"})
  void aPathOfThisAppIsWhereTheLoginReturns(String path) {
    assertThat(OidcLoginServlet.safeReturn(path)).isEqualTo(path);
  }

  @Test
  void noReturnPathReturnsHome() {
    assertThat(OidcLoginServlet.safeReturn(null)).isEqualTo("/");
  }

  @ParameterizedTest
  @ValueSource(strings = {"http://evil.example", "https://evil.example/t/pontianak", "evil"})
  void anAbsoluteOrRelativeUrlReturnsHome(String returnTo) {
    assertThat(OidcLoginServlet.safeReturn(returnTo)).isEqualTo("/");
  }

  @Test
  void aProtocolRelativeUrlToAnotherSiteReturnsHome() {
    assertThat(OidcLoginServlet.safeReturn("//evil.example")).isEqualTo("/");
  }

  @ParameterizedTest
  @ValueSource(strings = {"/\\evil.example", "/\t/evil.example", "/\n/evil.example"})
  void pathsThatBrowsersReadAsAnotherSiteReturnHome(String returnTo) {
    assertThat(OidcLoginServlet.safeReturn(returnTo)).isEqualTo("/");
  }
}
