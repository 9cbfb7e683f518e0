package id.klik.people.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.klik.shared.domain.FieldProblem;
import id.klik.shared.domain.ValidationException;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Registering a national mentor: what a valid profile is. */
class MentorProfileTest {

  private static List<String> keys(ValidationException e) {
    return e.problems().stream().map(FieldProblem::messageKey).toList();
  }

  @Test
  void aCompleteProfileIsTakenTrimmedWithTheEmailAsUsername() {
    MentorProfile p =
        MentorProfile.of(
            null,
            " Ratna.W@LAN.go.id ",
            " Ratna ",
            "LAN RI",
            List.of("design thinking", " design thinking ", "kebijakan"));

    assertThat(p.username()).isEqualTo("ratna.w@lan.go.id");
    assertThat(p.email()).isEqualTo("Ratna.W@LAN.go.id");
    assertThat(p.name()).isEqualTo("Ratna");
    assertThat(p.expertise()).containsExactly("design thinking", "kebijakan");
  }

  @Test
  void aGivenUsernameIsKept() {
    assertThat(MentorProfile.of("ratna.w", "r@lan.go.id", "Ratna", "LAN", null).username())
        .isEqualTo("ratna.w");
  }

  @Test
  void aBadEmailIsRefused() {
    assertThatThrownBy(() -> MentorProfile.of(null, "not-an-email", "Ratna", "LAN", List.of()))
        .isInstanceOfSatisfying(
            ValidationException.class, e -> assertThat(keys(e)).contains("mentor.email.invalid"));
  }

  @Test
  void everyMissingFieldIsNamedAtOnce() {
    assertThatThrownBy(() -> MentorProfile.of("Bad Name", "x@y.id", " ", null, List.of()))
        .isInstanceOfSatisfying(
            ValidationException.class,
            e ->
                assertThat(keys(e))
                    .containsExactlyInAnyOrder(
                        "mentor.username.invalid",
                        "mentor.name.required",
                        "mentor.institution.required"));
  }

  @Test
  void moreThanTwentyFieldsOfExpertiseAreTooMany() {
    List<String> many =
        java.util.stream.IntStream.range(0, 21).mapToObj(i -> "field " + i).toList();
    assertThatThrownBy(() -> MentorProfile.of(null, "x@y.id", "A", "B", many))
        .isInstanceOfSatisfying(
            ValidationException.class,
            e -> assertThat(keys(e)).containsExactly("mentor.expertise.tooMany"));
  }

  @Test
  void anEmptyFieldOfExpertiseIsRefused() {
    assertThatThrownBy(
            () -> MentorProfile.of(null, "x@y.id", "A", "B", Collections.singletonList("")))
        .isInstanceOfSatisfying(
            ValidationException.class,
            e -> assertThat(keys(e)).containsExactly("mentor.expertise.invalid"));
  }
}
