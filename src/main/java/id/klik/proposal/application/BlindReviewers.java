package id.klik.proposal.application;

import java.util.UUID;

/**
 * Whether a reviewer reads a proposal blind (without its team, work unit and innovation name). The
 * review context, which assigns reviewers and marks sheets blind, implements it; the proposal
 * context asks it through CDI without depending on review (review depends on proposal).
 */
public interface BlindReviewers {

  /** True when the person's counting review sheets of this proposal are blind. */
  boolean blind(String username, UUID proposalId);
}
