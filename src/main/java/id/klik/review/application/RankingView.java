package id.klik.review.application;

import id.klik.shared.domain.LocalizedText;
import java.util.List;
import java.util.UUID;

/**
 * A competition's ranking at one stage, per category when its rules say so, with the tie-break rule
 * stated and every tie explained.
 *
 * @param tieRule the tie-break rule in the caller's language
 */
public record RankingView(
    UUID competitionId,
    String stage,
    boolean perCategory,
    double spreadThreshold,
    String tieRule,
    List<String> criteriaByWeight,
    List<Category> categories) {

  /** A category's ranking (one unnamed category when entries are ranked together). */
  public record Category(String id, LocalizedText title, List<Row> rows) {}

  /**
   * One entry.
   *
   * @param rank null when no review is complete
   * @param decidedBy the criterion that ordered an equal score; null with a shared rank
   * @param tieNote the explanation in the caller's language, when tied
   */
  public record Row(
      UUID registrationId,
      UUID proposalId,
      String title,
      String teamName,
      String workUnitName,
      Integer rank,
      Double score,
      int reviewsCounted,
      List<Double> reviewerScores,
      List<Incomplete> incomplete,
      int excluded,
      double spread,
      boolean spreadAlert,
      List<UUID> tiedWith,
      String decidedBy,
      boolean sharedRank,
      String tieNote,
      boolean finalist) {}

  /** A review that misses criteria and so does not count. */
  public record Incomplete(UUID reviewId, String reviewer, List<String> missing) {}
}
