package id.klik.review.domain;

/**
 * A review is assigned, then submitted with every criterion scored; an excluded one (conflict of
 * interest) is kept to show who was excluded and why, and never counts.
 */
public enum ReviewStatus {
  ASSIGNED,
  SUBMITTED,
  EXCLUDED
}
