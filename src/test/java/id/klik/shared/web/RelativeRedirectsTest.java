package id.klik.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RelativeRedirectsTest {

  @ParameterizedTest
  @ValueSource(strings = {"/", "/auth/login?return=%2Ft%2Fpontianak%2F", "/t/pontianak/work-units"})
  void pathsOfThisAppStayRelative(String location) {
    assertThat(RelativeRedirects.isLocalPath(location)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "//evil.example/",
        "/\\evil.example/",
        "https://keycloak.example/realms/klik",
        "relative",
        ""
      })
  void anythingElseIsLeftToTheContainer(String location) {
    assertThat(RelativeRedirects.isLocalPath(location)).isFalse();
  }
}
