package id.klik.review.domain;

import static id.klik.review.domain.ReviewFixtures.CITY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.klik.shared.domain.ConflictException;
import id.klik.shared.domain.ValidationException;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** A reviewer saves scores as they go; submitting needs every criterion; excluded is final. */
class ReviewSheetTest {

  private final Review review =
      new Review(
          UUID.randomUUID(),
          null,
          null,
          ReviewStage.PROPOSAL,
          "city-competition-rubric@1.0.0",
          "juri1",
          true,
          "admin");

  private static CriterionScore s(String criterion, int score) {
    return new CriterionScore(criterion, BigDecimal.valueOf(score), "ok");
  }

  @Test
  void savingKeepsEarlierScoresAndLeavesTheSheetAssigned() {
    review.score(List.of(s("novelty", 3)), CITY, false);
    review.score(List.of(s("benefit", 4)), CITY, false);

    assertThat(review.scoreMap()).containsOnlyKeys("novelty", "benefit");
    assertThat(review.status()).isEqualTo(ReviewStatus.ASSIGNED);
  }

  @Test
  void submittingNeedsEveryCriterion() {
    assertThatThrownBy(() -> review.score(List.of(s("novelty", 3)), CITY, true))
        .isInstanceOf(ValidationException.class);

    review.score(
        List.of(
            s("novelty", 3),
            s("effectiveness", 3),
            s("benefit", 3),
            s("transferability", 3),
            s("sustainability", 3)),
        CITY,
        true);
    assertThat(review.status()).isEqualTo(ReviewStatus.SUBMITTED);
  }

  @Test
  void anExcludedSheetCannotBeScoredAndDoesNotCount() {
    review.exclude(ConflictOfInterest.Reason.DECLARED, "kin");

    assertThat(review.counts()).isFalse();
    assertThatThrownBy(() -> review.score(List.of(s("novelty", 3)), CITY, false))
        .isInstanceOf(ConflictException.class);
  }
}
