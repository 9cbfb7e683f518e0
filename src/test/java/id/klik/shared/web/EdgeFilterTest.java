package id.klik.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class EdgeFilterTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "/t/pontianak/api/../platform/tenants",
        "/./platform/index.xhtml",
        "//platform/index.xhtml",
        "/t/pontianak/api/%2e%2e/platform/tenants",
        "/t/pontianak/api/..%2Fplatform",
        "/platform;x=1/index.xhtml",
        "/t/pontianak/..",
        "/t/pontianak/\\\\platform"
      })
  void pathsThatTheContainerWouldNormalizeDifferentlyAreRefused(String path) {
    assertThat(EdgeFilter.isCanonical(path)).isFalse();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "/t/pontianak/api/work-units",
        "/platform/index.xhtml",
        "/jakarta.faces.resource/theme.css.xhtml",
        "/",
        "/t/pontianak/work-units"
      })
  void ordinaryPathsPass(String path) {
    assertThat(EdgeFilter.isCanonical(path)).isTrue();
  }
}
