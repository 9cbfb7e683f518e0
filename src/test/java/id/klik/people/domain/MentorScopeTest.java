package id.klik.people.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.klik.shared.domain.ValidationException;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** What a tenant accepts a mentor for, read from the caller's team ids. */
class MentorScopeTest {

  @Test
  void noTeamsIsTheWholeClinic() {
    assertThat(MentorScope.ofTeamIds(null).isWholeClinic()).isTrue();
    assertThat(MentorScope.ofTeamIds(List.of()).label()).isEqualTo("CLINIC");
  }

  @Test
  void teamIdsMakeATeamScope() {
    UUID team = UUID.randomUUID();
    MentorScope scope = MentorScope.ofTeamIds(List.of(team.toString(), team.toString()));

    assertThat(scope.label()).isEqualTo("TEAMS");
    assertThat(scope.teams()).containsExactly(team);
  }

  @Test
  void aMalformedTeamIdIsABadRequest() {
    assertThatThrownBy(() -> MentorScope.ofTeamIds(List.of("team-1")))
        .isInstanceOfSatisfying(
            ValidationException.class,
            e -> assertThat(e.problems().get(0).messageKey()).isEqualTo("mentor.team.unknown"));
  }
}
