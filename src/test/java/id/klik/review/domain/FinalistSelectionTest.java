package id.klik.review.domain;

import static id.klik.review.domain.ReviewFixtures.CITY;
import static id.klik.review.domain.ReviewFixtures.entry;
import static id.klik.review.domain.ReviewFixtures.review;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Top N per category, or over all, above a minimum; a shared rank at the cut goes through. */
class FinalistSelectionTest {

  private final Ranking ranking = new Ranking(CITY);
  private final List<String> order = List.of("agencies-bumd", "kelurahan-upt");

  private final EntryScore a1 = entry("agencies-bumd", review(4, 4, 4, 4, 4));
  private final EntryScore a2 = entry("agencies-bumd", review(3, 3, 3, 3, 3));
  private final EntryScore k1 = entry("kelurahan-upt", review(4, 4, 4, 4, 3));
  private final EntryScore k2 = entry("kelurahan-upt", review(4, 4, 4, 3, 3));
  private final EntryScore k3 = entry("kelurahan-upt", review(2, 2, 2, 2, 2));

  @Test
  void theTopOfEachCategoryWhenCategoriesAreRankedSeparately() {
    var rule = new FinalistRule(Map.of("agencies-bumd", 1, "kelurahan-upt", 2), null, null);

    var result =
        FinalistSelection.select(ranking.rankPerCategory(List.of(a1, a2, k1, k2, k3), order), rule);

    assertThat(result.finalists()).containsExactly(a1.entryId(), k1.entryId(), k2.entryId());
  }

  @Test
  void aSmallerCategoryDoesNotLoseItsPlacesToABetterOne() {
    // over all, the three kelurahan entries beat a2; per category a2 still gets its place
    var rule = new FinalistRule(Map.of("agencies-bumd", 2, "kelurahan-upt", 1), null, null);

    var result =
        FinalistSelection.select(ranking.rankPerCategory(List.of(a1, a2, k1, k2, k3), order), rule);

    assertThat(result.finalists()).containsExactly(a1.entryId(), a2.entryId(), k1.entryId());
  }

  @Test
  void theTopNOverAllWhenCategoriesAreNot() {
    var rule = new FinalistRule(Map.of(), 2, null);

    var result = FinalistSelection.select(ranking.rank(List.of(a1, a2, k1, k2, k3)), rule);

    assertThat(result.finalists()).containsExactly(a1.entryId(), k1.entryId());
  }

  @Test
  void aMinimumScoreLeavesPlacesEmpty() {
    var rule = new FinalistRule(Map.of(), 4, 80.0);

    var result = FinalistSelection.select(ranking.rank(List.of(a1, a2, k1, k2, k3)), rule);

    assertThat(result.finalists()).containsExactly(a1.entryId(), k1.entryId(), k2.entryId());
  }

  @Test
  void aSharedRankAtTheCutTakesEveryoneSharingItAndSaysSo() {
    EntryScore twin1 = entry("kelurahan-upt", review(3, 3, 3, 3, 3));
    EntryScore twin2 = entry("kelurahan-upt", review(3, 3, 3, 3, 3));
    var rule = new FinalistRule(Map.of(), 2, null);

    var result = FinalistSelection.select(ranking.rank(List.of(a1, twin1, twin2, k3)), rule);

    assertThat(result.finalists()).containsExactly(a1.entryId(), twin1.entryId(), twin2.entryId());
    assertThat(result.tieAtCut()).containsEntry("*", true);
  }

  @Test
  void unscoredEntriesAreNeverFinalists() {
    EntryScore none = entry("kelurahan-upt", review(4, null, 4, 4, 4));
    var rule = new FinalistRule(Map.of(), 5, null);

    var result = FinalistSelection.select(ranking.rank(List.of(none, k3)), rule);

    assertThat(result.finalists()).containsExactly(k3.entryId());
  }
}
