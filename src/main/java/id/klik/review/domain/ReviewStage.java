package id.klik.review.domain;

/** What a review judges: a proposal on its own, a competition's panel round, or a presentation. */
public enum ReviewStage {
  PROPOSAL,
  PANEL,
  PRESENTATION
}
