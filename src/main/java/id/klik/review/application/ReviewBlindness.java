package id.klik.review.application;

import id.klik.proposal.application.BlindReviewers;
import id.klik.review.infrastructure.ReviewRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.UUID;

/** Tells the proposal context which reviewers read a proposal blind: those with a blind sheet. */
@ApplicationScoped
public class ReviewBlindness implements BlindReviewers {

  @Inject ReviewRepository reviews;

  @Override
  @Transactional
  public boolean blind(String username, UUID proposalId) {
    return reviews.blind(username, proposalId);
  }
}
