package id.klik.review.domain;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Chooses finalists from a ranking, per category when the rule says so. When the last place is a
 * shared rank, every entry sharing it goes through (a tie is never cut by the order of a list), and
 * the selection says so: the organiser may then decide the presentation slots.
 */
public final class FinalistSelection {

  private FinalistSelection() {}

  /** The chosen finalists and, per group, whether a shared rank at the cut added places. */
  public record Result(List<UUID> finalists, Map<String, Boolean> tieAtCut) {
    public Result {
      finalists = List.copyOf(finalists);
      tieAtCut = Map.copyOf(tieAtCut);
    }
  }

  /**
   * @param ranking the ranking, per category when the rule is per category (as {@link
   *     Ranking#rankPerCategory} returns it)
   */
  public static Result select(List<RankedEntry> ranking, FinalistRule rule) {
    Map<String, List<RankedEntry>> groups = new LinkedHashMap<>();
    for (RankedEntry e : ranking) {
      String key = rule.perCategoryRanking() ? String.valueOf(e.category()) : "*";
      groups.computeIfAbsent(key, k -> new ArrayList<>()).add(e);
    }
    List<UUID> out = new ArrayList<>();
    Map<String, Boolean> tie = new LinkedHashMap<>();
    groups.forEach(
        (key, group) -> {
          Integer cap = rule.perCategoryRanking() ? rule.perCategory().get(key) : rule.total();
          if (rule.perCategoryRanking() && cap == null) {
            cap = 0; // a category the rule gives no places to has no finalists
          }
          boolean tieAdded = false;
          int taken = 0;
          Integer lastRank = null;
          for (RankedEntry e : group) {
            if (e.rank() == null) {
              break;
            }
            if (rule.minimumScore() != null
                && e.entry().score() < rule.minimumScore() - Ranking.EPSILON) {
              break;
            }
            boolean full = cap != null && taken >= cap;
            if (full && !e.rank().equals(lastRank)) {
              break;
            }
            tieAdded |= full;
            out.add(e.entryId());
            taken++;
            lastRank = e.rank();
          }
          tie.put(key, tieAdded);
        });
    return new Result(out, tie);
  }
}
