package id.klik.program.domain;

import static org.assertj.core.api.Assertions.assertThat;

import id.klik.program.domain.CompletionRule.Status;
import org.junit.jupiter.api.Test;

class CompletionRuleTest {

  private final CompletionRule academy = CompletionRule.forFormat("academy");
  private final CompletionRule workshop = CompletionRule.forFormat("workshop");

  @Test
  void anAcademyTeamCompletesWithTwoOfThreeMainMeetings() {
    assertThat(academy.required(3)).isEqualTo(2);
    assertThat(academy.status(3, 2, 0)).isEqualTo(Status.COMPLETE);
  }

  @Test
  void anAcademyTeamThatMissedTwoOfThreeHasNotCompleted() {
    assertThat(academy.status(3, 1, 0)).isEqualTo(Status.INCOMPLETE);
  }

  @Test
  void aTeamIsInProgressWhileTheSessionsAheadCanStillMakeIt() {
    assertThat(academy.status(3, 1, 1)).isEqualTo(Status.IN_PROGRESS);
    assertThat(academy.status(3, 0, 1)).isEqualTo(Status.INCOMPLETE);
  }

  @Test
  void otherFormatsAskForEverySession() {
    assertThat(workshop.required(4)).isEqualTo(4);
    assertThat(workshop.status(4, 3, 0)).isEqualTo(Status.INCOMPLETE);
    assertThat(workshop.status(4, 4, 0)).isEqualTo(Status.COMPLETE);
  }

  @Test
  void aProgramWithoutHeldSessionsCompletesNobody() {
    assertThat(academy.status(0, 0, 0)).isEqualTo(Status.INCOMPLETE);
  }

  @Test
  void twoThirdsRoundUp() {
    assertThat(academy.required(4)).isEqualTo(3);
    assertThat(academy.required(6)).isEqualTo(4);
  }
}
