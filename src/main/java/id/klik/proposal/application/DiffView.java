package id.klik.proposal.application;

import id.klik.proposal.domain.WordDiff;
import id.klik.shared.domain.LocalizedText;
import java.util.List;

/** Two versions compared, section by section, word by word. */
public record DiffView(int from, int to, List<Section> sections) {

  /** One section's comparison; {@code segments} is empty when it did not change. */
  public record Section(
      String sectionId,
      LocalizedText title,
      boolean changed,
      int added,
      int removed,
      List<WordDiff.Segment> segments) {}
}
