package id.klik.review.application;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * A competition's published results: the finalists per category with their ranks, and for the
 * caller's own teams their entries with the panel's feedback per criterion (reviewers unnamed).
 */
public record ResultsView(
    UUID competitionId,
    String name,
    OffsetDateTime publishedAt,
    List<Finalist> finalists,
    List<OwnEntry> ownEntries) {

  /** A finalist. */
  public record Finalist(
      UUID registrationId, String category, Integer rank, String title, String teamName) {}

  /** One of the caller's teams' entries. */
  public record OwnEntry(
      UUID registrationId,
      String title,
      String status,
      String rejectionReason,
      boolean finalist,
      Integer rank,
      List<Feedback> feedback) {}

  /** The panel's feedback on one criterion: the mean score and what the reviewers wrote. */
  public record Feedback(String criterionId, Double meanScore, List<String> comments) {}
}
