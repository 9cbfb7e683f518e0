package id.klik.review.domain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * Ranks aggregated entries, best first. The tie-break rule, stated to the panel and the teams:
 * equal scores are ordered by the higher mean on the highest-weight criterion, then on the next
 * weight down (equal weights in the rubric's order); entries equal on every criterion share the
 * rank, and the next rank skips (1, 2, 2, 4). Entries without a complete review are listed last,
 * unranked. With categories, each category is ranked on its own, in the order given.
 */
public final class Ranking {

  /** Scores closer than this are equal: sums of the same figures in another order differ a bit. */
  static final double EPSILON = 1e-9;

  private final RubricSheet rubric;
  private final int[] byWeight;

  public Ranking(RubricSheet rubric) {
    this.rubric = rubric;
    this.byWeight = rubric.criteriaByWeight().stream().mapToInt(rubric::index).toArray();
  }

  /** One ranking over every entry, whatever its category. */
  public List<RankedEntry> rank(List<EntryScore> entries) {
    return rankGroup(entries);
  }

  /**
   * A ranking per category, in the order given; categories not named come after, by name.
   *
   * @return the categories' rankings one after the other
   */
  public List<RankedEntry> rankPerCategory(List<EntryScore> entries, List<String> order) {
    Map<String, List<EntryScore>> groups = new LinkedHashMap<>();
    order.forEach(c -> groups.put(c, new ArrayList<>()));
    entries.stream()
        .map(EntryScore::category)
        .filter(c -> !groups.containsKey(c))
        .distinct()
        .sorted(Comparator.nullsLast(Comparator.naturalOrder()))
        .forEach(c -> groups.put(c, new ArrayList<>()));
    entries.forEach(e -> groups.get(e.category()).add(e));
    List<RankedEntry> out = new ArrayList<>(entries.size());
    groups.values().forEach(g -> out.addAll(rankGroup(g)));
    return out;
  }

  private List<RankedEntry> rankGroup(List<EntryScore> group) {
    List<EntryScore> scored = new ArrayList<>();
    List<EntryScore> unscored = new ArrayList<>();
    group.forEach(e -> (e.scored() ? scored : unscored).add(e));
    scored.sort(this::compare);
    List<RankedEntry> out = new ArrayList<>(group.size());
    int i = 0;
    int rank = 0;
    while (i < scored.size()) {
      // the run of entries with the same score
      int j = i + 1;
      while (j < scored.size() && sameScore(scored.get(i), scored.get(j))) {
        j++;
      }
      List<EntryScore> run = scored.subList(i, j);
      for (int k = i; k < j; k++) {
        EntryScore e = scored.get(k);
        boolean equalAbove = k > i && compare(scored.get(k - 1), e) == 0;
        boolean equalBelow = k + 1 < j && compare(e, scored.get(k + 1)) == 0;
        if (!equalAbove) {
          rank = k + 1;
        }
        String decidedBy = null;
        if (k > i && !equalAbove) {
          decidedBy = decidingCriterion(scored.get(k - 1), e);
        } else if (k + 1 < j && !equalBelow) {
          decidedBy = decidingCriterion(e, scored.get(k + 1));
        }
        List<UUID> others =
            run.stream().map(EntryScore::entryId).filter(id -> !id.equals(e.entryId())).toList();
        out.add(new RankedEntry(e, rank, others, decidedBy, equalAbove || equalBelow));
      }
      i = j;
    }
    unscored.forEach(e -> out.add(new RankedEntry(e, null, List.of(), null, false)));
    return out;
  }

  /** Best first: higher score, then higher criterion means from the highest weight down. */
  private int compare(EntryScore a, EntryScore b) {
    if (!sameScore(a, b)) {
      return Double.compare(b.score(), a.score());
    }
    for (int c : byWeight) {
      double diff = b.criterionMeans()[c] - a.criterionMeans()[c];
      if (Math.abs(diff) > EPSILON) {
        return diff > 0 ? 1 : -1;
      }
    }
    return 0;
  }

  private String decidingCriterion(EntryScore above, EntryScore below) {
    for (int c : byWeight) {
      if (Math.abs(above.criterionMeans()[c] - below.criterionMeans()[c]) > EPSILON) {
        return rubric.criteria().get(c);
      }
    }
    return null;
  }

  private static boolean sameScore(EntryScore a, EntryScore b) {
    return Math.abs(Objects.requireNonNull(a.score()) - b.score()) <= EPSILON;
  }
}
