package id.klik.review.domain;

/**
 * Where a competition stands: teams register, the clinic screens, the panel judges, finalists
 * present, results are published. It only moves forward.
 */
public enum CompetitionStatus {
  REGISTRATION,
  SCREENING,
  JUDGING,
  FINALISTS,
  PUBLISHED;

  public boolean before(CompetitionStatus other) {
    return ordinal() < other.ordinal();
  }
}
