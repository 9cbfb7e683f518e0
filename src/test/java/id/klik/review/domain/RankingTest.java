package id.klik.review.domain;

import static id.klik.review.domain.ReviewFixtures.CITY;
import static id.klik.review.domain.ReviewFixtures.entry;
import static id.klik.review.domain.ReviewFixtures.review;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Best first; equal scores broken by the heaviest criterion, else a shared rank. */
class RankingTest {

  private final Ranking ranking = new Ranking(CITY);

  @Test
  void higherScoresRankHigher() {
    EntryScore low = entry("a", review(2, 2, 2, 2, 2));
    EntryScore high = entry("a", review(4, 4, 4, 4, 4));

    List<RankedEntry> ranked = ranking.rank(List.of(low, high));

    assertThat(ranked)
        .extracting(RankedEntry::entryId)
        .containsExactly(high.entryId(), low.entryId());
    assertThat(ranked).extracting(RankedEntry::rank).containsExactly(1, 2);
    assertThat(ranked).noneMatch(RankedEntry::tied);
  }

  @Test
  void anEqualScoreIsBrokenByTheHighestWeightCriterionAndSaysSo() {
    // both 67.5: novelty (25) and benefit (25) are the heaviest; b is better on novelty
    EntryScore a = entry("a", review(2, 3, 3, 3, 3));
    EntryScore b = entry("a", review(3, 3, 2, 3, 3));

    List<RankedEntry> ranked = ranking.rank(List.of(a, b));

    assertThat(a.score()).isEqualTo(b.score());
    assertThat(ranked).extracting(RankedEntry::entryId).containsExactly(b.entryId(), a.entryId());
    assertThat(ranked).extracting(RankedEntry::rank).containsExactly(1, 2);
    assertThat(ranked).allMatch(RankedEntry::tied).noneMatch(RankedEntry::sharedRank);
    assertThat(ranked).extracting(RankedEntry::decidedBy).containsOnly("novelty");
  }

  @Test
  void equalOnEveryCriterionSharesTheRankAndTheNextRankSkips() {
    EntryScore best = entry("a", review(4, 4, 4, 4, 4));
    EntryScore twin1 = entry("a", review(3, 3, 3, 3, 3));
    EntryScore twin2 = entry("a", review(3, 3, 3, 3, 3));
    EntryScore last = entry("a", review(1, 1, 1, 1, 1));

    List<RankedEntry> ranked = ranking.rank(List.of(last, twin1, best, twin2));

    assertThat(ranked).extracting(RankedEntry::rank).containsExactly(1, 2, 2, 4);
    assertThat(ranked.get(1).sharedRank()).isTrue();
    assertThat(ranked.get(1).decidedBy()).isNull();
    assertThat(ranked.get(1).tiedWith()).containsExactly(ranked.get(2).entryId());
  }

  @Test
  void entriesWithoutACompleteReviewComeLastUnranked() {
    EntryScore none = entry("a", review(4, null, null, null, null));
    EntryScore some = entry("a", review(1, 1, 1, 1, 1));

    List<RankedEntry> ranked = ranking.rank(List.of(none, some));

    assertThat(ranked).extracting(RankedEntry::rank).containsExactly(1, null);
  }

  @Test
  void categoriesAreRankedOnTheirOwnInTheGivenOrder() {
    EntryScore agency = entry("agencies-bumd", review(2, 2, 2, 2, 2));
    EntryScore kelurahan1 = entry("kelurahan-upt", review(4, 4, 4, 4, 4));
    EntryScore kelurahan2 = entry("kelurahan-upt", review(3, 3, 3, 3, 3));

    List<RankedEntry> ranked =
        ranking.rankPerCategory(
            List.of(kelurahan2, agency, kelurahan1), List.of("agencies-bumd", "kelurahan-upt"));

    assertThat(ranked)
        .extracting(RankedEntry::entryId)
        .containsExactly(agency.entryId(), kelurahan1.entryId(), kelurahan2.entryId());
    assertThat(ranked).extracting(RankedEntry::rank).containsExactly(1, 1, 2);
  }
}
