package id.klik.review.application;

import java.util.List;
import java.util.UUID;

/** What an assignment round did: sheets created or kept, and who was excluded from what, why. */
public record AssignmentResult(int sheets, List<Exclusion> excluded) {

  public AssignmentResult {
    excluded = List.copyOf(excluded);
  }

  /** A reviewer left out of an entry for a conflict of interest. */
  public record Exclusion(UUID registrationId, UUID reviewId, String reviewer, String reason) {}
}
