package id.klik.review.domain;

import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Who may not review an entry: a reviewer of the entry's own work unit, a member of its team, or a
 * reviewer who declared a conflict (kin, a former superior, a business tie: the reviewer knows).
 * Checked when a review is assigned and again before its scores count.
 */
public final class ConflictOfInterest {

  private ConflictOfInterest() {}

  /** Why a reviewer is excluded. */
  public enum Reason {
    SAME_WORK_UNIT,
    SAME_TEAM,
    DECLARED
  }

  /** The reviewer's ties: their work unit (may be null) and the teams they are in. */
  public record Reviewer(String username, UUID workUnitId, Set<UUID> teamIds) {
    public Reviewer {
      teamIds = teamIds == null ? Set.of() : Set.copyOf(teamIds);
    }
  }

  /** What the entry belongs to: its work unit and team (either may be null). */
  public record Entrant(UUID workUnitId, UUID teamId) {}

  public static Optional<Reason> check(Reviewer reviewer, Entrant entrant, boolean declared) {
    if (declared) {
      return Optional.of(Reason.DECLARED);
    }
    if (entrant.teamId() != null && reviewer.teamIds().contains(entrant.teamId())) {
      return Optional.of(Reason.SAME_TEAM);
    }
    if (entrant.workUnitId() != null && entrant.workUnitId().equals(reviewer.workUnitId())) {
      return Optional.of(Reason.SAME_WORK_UNIT);
    }
    return Optional.empty();
  }
}
