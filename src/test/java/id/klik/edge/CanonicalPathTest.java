package id.klik.edge;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class CanonicalPathTest {

  @ParameterizedTest(name = "[{index}] {0}")
  @ValueSource(
      strings = {
        // a second spelling of a letter, digit or mark: the container decodes it, the edge must not
        // see something else than what is served
        "/%61pp/index.xhtml",
        "/%70latform/index.xhtml",
        "/%61pp/work-units.xhtml",
        "/%41PP/index.xhtml",
        "/api/%74enant/work-units",
        "/ap%69/platform/tenants",
        "/t/pontianak/%61pi/work-units",
        "/t/%70ontianak/",
        "/platform%2Dx",
        "/%7Eplatform",
        // dot segments, raw and escaped, in every case
        "/t/pontianak/api/../platform/tenants",
        "/./platform/index.xhtml",
        "/t/pontianak/..",
        "/t/pontianak/.",
        "/t/pontianak/api/%2e%2e/platform/tenants",
        "/t/pontianak/api/%2E%2E/platform/tenants",
        "/t/pontianak/api/.%2E/platform/tenants",
        "/t/pontianak/api/%2e./platform",
        // doubled and encoded slashes, backslashes
        "//platform/index.xhtml",
        "/t//pontianak/",
        "/t/pontianak/api/..%2Fplatform",
        "/t/pontianak/api/%2fplatform",
        "/t/pontianak/api/%2Fplatform",
        "/t/pontianak/\\platform",
        "/t/pontianak/%5Cplatform",
        "/t/pontianak/%5cplatform",
        // path parameters, raw and escaped
        "/platform;x=1/index.xhtml",
        "/t/pontianak/;jsessionid=ABC",
        "/app/index.xhtml;jsessionid=ABC",
        "/app/index.xhtml%3Bjsessionid=ABC",
        // NUL, other control characters, broken escapes
        "/app/index.xhtml%00",
        "/platform%00/index.xhtml",
        "/t/pontianak/%0A",
        "/t/pontianak/%7F",
        "/t/pontianak/%",
        "/t/pontianak/%4",
        "/t/pontianak/%G1",
        // lower-case hex for a byte that needs an escape: not the canonical spelling
        "/t/pontianak/%c3%a9",
        // overlong and invalid UTF-8 (an overlong '/' and '.', a lone continuation byte, a C1
        // control)
        "/t/pontianak/%C0%AFplatform",
        "/t/pontianak/%C0%AE%C0%AE/platform",
        "/t/pontianak/%E0%80%AF",
        "/t/pontianak/%80",
        "/t/pontianak/%C2%85",
        // characters a path may not carry raw
        "/t/pontianak/a b",
        "/t/pontianak/<script>",
        "/t/pontianak/\"x\"",
        "/t/pontianak/é",
        "relative/path",
      })
  void everyOtherSpellingOfAPathIsRefused(String raw) {
    assertThat(CanonicalPath.of(raw)).isEmpty();
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "/|/",
        "''|/",
        "/t/pontianak/api/work-units|/t/pontianak/api/work-units",
        "/t/pontianak/|/t/pontianak/",
        "/t/pontianak|/t/pontianak",
        "/platform/index.xhtml|/platform/index.xhtml",
        "/jakarta.faces.resource/theme.css.xhtml|/jakarta.faces.resource/theme.css.xhtml",
        "/t/pontianak/api/work-units/0b6a3c1e-2a4f-4c1f-9d55-2b5a1d6a7e10|"
            + "/t/pontianak/api/work-units/0b6a3c1e-2a4f-4c1f-9d55-2b5a1d6a7e10",
        "/t/pontianak/api/templates/klik-clinic/1.0.0|/t/pontianak/api/templates/klik-clinic/1.0.0",
        "/t/pontianak/%C3%A9|/t/pontianak/é",
        "/t/pontianak/a%20b|/t/pontianak/a b",
        "/health/ready|/health/ready"
      })
  void aCanonicalPathIsItsOwnDecoding(String raw, String decoded) {
    assertThat(CanonicalPath.of(raw)).contains(decoded);
  }
}
