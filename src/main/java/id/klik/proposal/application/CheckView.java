package id.klik.proposal.application;

import id.klik.proposal.domain.Finding;
import java.util.List;

/**
 * The deterministic checks of a proposal: the completeness meter and the findings, each with its
 * message in the caller's language.
 */
public record CheckView(int completeness, int done, int required, List<Item> findings) {

  /** A finding with its text. */
  public record Item(Finding finding, String message) {}
}
