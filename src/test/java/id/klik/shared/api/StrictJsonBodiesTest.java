package id.klik.shared.api;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.klik.shared.domain.ValidationException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class StrictJsonBodiesTest {

  private static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  @ParameterizedTest
  @ValueSource(strings = {"{\"a\":1}", "[1,2]", "\"text\"", "7", "{\"a\":{\"b\":[{}]}}\n"})
  void oneJsonValueIsAccepted(String body) {
    assertThatCode(() -> StrictJsonBodies.requireOneValue(utf8(body))).doesNotThrowAnyException();
  }

  @ParameterizedTest
  @ValueSource(strings = {"{\"a\":1}}", "{\"a\":1} {}", "[1]]", "{'a':1}"})
  void trailingTextOrABrokenTokenIsABadRequest(String body) {
    assertThatThrownBy(() -> StrictJsonBodies.requireOneValue(utf8(body)))
        .isInstanceOfSatisfying(
            ValidationException.class,
            e -> org.assertj.core.api.Assertions.assertThat(e.problems()).isNotEmpty());
  }

  @org.junit.jupiter.api.Test
  void nestingDeeperThanTheLimitIsABadRequest() {
    String deep =
        "[".repeat(StrictJsonBodies.MAX_DEPTH + 1) + "]".repeat(StrictJsonBodies.MAX_DEPTH + 1);
    String fine = "[".repeat(StrictJsonBodies.MAX_DEPTH) + "]".repeat(StrictJsonBodies.MAX_DEPTH);

    assertThatCode(() -> StrictJsonBodies.requireOneValue(utf8(fine))).doesNotThrowAnyException();
    assertThatThrownBy(() -> StrictJsonBodies.requireOneValue(utf8(deep)))
        .isInstanceOfSatisfying(
            ValidationException.class,
            e ->
                org.assertj.core.api.Assertions.assertThat(e.problems().get(0).messageKey())
                    .isEqualTo("error.badJson.depth"));
  }
}
