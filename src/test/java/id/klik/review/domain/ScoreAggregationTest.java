package id.klik.review.domain;

import static id.klik.review.domain.ReviewFixtures.CITY;
import static id.klik.review.domain.ReviewFixtures.entry;
import static id.klik.review.domain.ReviewFixtures.review;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import id.klik.shared.domain.FieldProblem;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Weighted mean per reviewer on 100, then the mean across complete reviews. */
class ScoreAggregationTest {

  @Test
  void aReviewersScoreIsTheWeightedMeanOnAHundred() {
    // (25·4 + 20·3 + 25·2 + 15·1 + 15·4) / 100 = 2.85 of 4 → 71.25
    EntryScore e = entry("a", review(4, 3, 2, 1, 4));

    assertThat(e.score()).isCloseTo(71.25, within(1e-9));
  }

  @Test
  void weightsMatter_theSameScoresOnHeavierCriteriaScoreHigher() {
    EntryScore heavy = entry("a", review(4, 1, 4, 1, 1));
    EntryScore light = entry("a", review(1, 4, 1, 4, 1));

    assertThat(heavy.score()).isGreaterThan(light.score());
  }

  @Test
  void thePanelsScoreIsTheMeanAcrossReviewers() {
    EntryScore e = entry("a", review(4, 4, 4, 4, 4), review(2, 2, 2, 2, 2), review(3, 3, 3, 3, 3));

    assertThat(e.score()).isCloseTo(75.0, within(1e-9));
    assertThat(e.counted()).isEqualTo(3);
  }

  @Test
  void anIncompleteReviewDoesNotCountAndIsReportedWithWhatItMisses() {
    ReviewScores half = review(1, 1, null, 1, null);
    EntryScore e = entry("a", review(4, 4, 4, 4, 4), half);

    assertThat(e.score()).isCloseTo(100.0, within(1e-9));
    assertThat(e.counted()).isEqualTo(1);
    assertThat(e.incomplete())
        .containsExactly(
            new EntryScore.Incomplete(half.reviewId(), List.of("benefit", "sustainability")));
  }

  @Test
  void withoutACompleteReviewTheEntryHasNoScore() {
    EntryScore e = entry("a", review(4, null, 4, 4, 4));

    assertThat(e.scored()).isFalse();
  }

  @Test
  void reviewersApartByMoreThanTheThresholdRaiseASpreadAlert() {
    EntryScore apart = entry("a", review(4, 4, 4, 4, 4), review(3, 3, 2, 3, 3)); // 100 vs 68.75
    EntryScore close = entry("a", review(4, 4, 4, 4, 4), review(3, 4, 4, 3, 3)); // 100 vs 85

    assertThat(apart.spread()).isCloseTo(31.25, within(1e-9));
    assertThat(apart.spreadAlert()).isTrue();
    assertThat(close.spreadAlert()).isFalse();
  }

  @Test
  void aSpreadExactlyAtTheThresholdIsNoAlert() {
    EntryScore e = entry("a", review(4, 4, 4, 4, 4), review(4, 4, 4, 4, 4));
    EntryScore twenty =
        new ScoreAggregation(CITY, 25)
            .aggregate(
                UUID.randomUUID(), "a", List.of(review(4, 4, 4, 4, 4), review(3, 3, 3, 3, 3)));

    assertThat(e.spreadAlert()).isFalse();
    assertThat(twenty.spread()).isCloseTo(25.0, within(1e-9));
    assertThat(twenty.spreadAlert()).isFalse();
  }

  @Test
  void scoresOffTheScaleOrForUnknownCriteriaAreProblems() {
    List<FieldProblem> problems =
        CITY.problems(Map.of("novelty", BigDecimal.valueOf(5), "charm", BigDecimal.ONE));

    assertThat(problems)
        .extracting(FieldProblem::messageKey)
        .containsExactlyInAnyOrder("review.score.offScale", "review.criterion.unknown");
    assertThat(CITY.problems(Map.of("novelty", new BigDecimal("4.0")))).isEmpty();
  }
}
