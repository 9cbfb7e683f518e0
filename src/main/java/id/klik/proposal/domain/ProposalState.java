package id.klik.proposal.domain;

import java.util.Arrays;
import java.util.Optional;

/** Where a proposal stands: written, handed in, being reviewed, sent back, done. */
public enum ProposalState {
  DRAFT("draft"),
  SUBMITTED("submitted"),
  IN_REVIEW("in-review"),
  REVISE("revise"),
  FINAL("final");

  private final String code;

  ProposalState(String code) {
    this.code = code;
  }

  /** The API's and the database's spelling. */
  public String code() {
    return code;
  }

  public static Optional<ProposalState> ofCode(String code) {
    return Arrays.stream(values()).filter(s -> s.code.equals(code)).findFirst();
  }

  /** Whether its sections may be written: while a draft, and when sent back for revision. */
  public boolean writable() {
    return this == DRAFT || this == REVISE;
  }
}
