package id.klik.edge;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SessionCookiePolicyTest {

  @ParameterizedTest(name = "{0} -> secure {1}")
  @CsvSource({
    "https://klik.example.go.id, true",
    "HTTPS://klik.example.go.id, true",
    "' https://klik.example.go.id', true",
    "http://localhost:8080, false",
    "'', false"
  })
  void theCookieIsSecureExactlyWhenThePublicUrlIsHttps(String url, boolean secure) {
    assertThat(SessionCookiePolicy.secure(Optional.of(url))).isEqualTo(secure);
  }

  @org.junit.jupiter.api.Test
  void withoutAPublicUrlTheCookieIsNotSecure() {
    assertThat(SessionCookiePolicy.secure(Optional.empty())).isFalse();
  }
}
