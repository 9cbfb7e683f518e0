package id.klik.index.domain;

import java.util.List;

/**
 * The two estimates side by side: declared (every chosen level) and evidenced (only levels whose
 * evidence is attached), with what the model does not allow to compute and which entered
 * innovations do not count because they were applied outside the window.
 *
 * @param modelNeedsVerification the model's figures come from secondary sources (its {@code verify}
 *     note)
 */
public record IndexEstimates(
    Estimate declared,
    Estimate evidenced,
    List<NotComputable> notComputable,
    List<String> outsideWindow,
    boolean modelNeedsVerification) {

  public IndexEstimates {
    notComputable = List.copyOf(notComputable);
    outsideWindow = List.copyOf(outsideWindow);
  }
}
