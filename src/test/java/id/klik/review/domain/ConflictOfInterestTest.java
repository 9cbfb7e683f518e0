package id.klik.review.domain;

import static org.assertj.core.api.Assertions.assertThat;

import id.klik.review.domain.ConflictOfInterest.Entrant;
import id.klik.review.domain.ConflictOfInterest.Reason;
import id.klik.review.domain.ConflictOfInterest.Reviewer;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** A reviewer never judges their own work unit or team, nor what they declared. */
class ConflictOfInterestTest {

  private final UUID unit = UUID.randomUUID();
  private final UUID team = UUID.randomUUID();
  private final Entrant entrant = new Entrant(unit, team);

  @Test
  void aReviewerOfTheEntrantsWorkUnitIsExcluded() {
    var reviewer = new Reviewer("staf", unit, Set.of());

    assertThat(ConflictOfInterest.check(reviewer, entrant, false)).contains(Reason.SAME_WORK_UNIT);
  }

  @Test
  void aMemberOfTheEntrantsTeamIsExcludedWhateverTheirWorkUnit() {
    var reviewer = new Reviewer("admin", UUID.randomUUID(), Set.of(team));

    assertThat(ConflictOfInterest.check(reviewer, entrant, false)).contains(Reason.SAME_TEAM);
  }

  @Test
  void aDeclaredConflictExcludes() {
    var reviewer = new Reviewer("juri", null, Set.of());

    assertThat(ConflictOfInterest.check(reviewer, entrant, true)).contains(Reason.DECLARED);
  }

  @Test
  void anOutsiderMayReview() {
    var reviewer = new Reviewer("juri", UUID.randomUUID(), Set.of(UUID.randomUUID()));

    assertThat(ConflictOfInterest.check(reviewer, entrant, false)).isEmpty();
    assertThat(ConflictOfInterest.check(reviewer, new Entrant(null, null), false)).isEmpty();
  }
}
