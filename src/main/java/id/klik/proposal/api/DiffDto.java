package id.klik.proposal.api;

import id.klik.proposal.application.DiffView;
import id.klik.shared.domain.LocalizedText;
import java.util.List;
import java.util.Locale;

/**
 * Two versions compared, section by section: runs of words {@code same}, {@code removed} and {@code
 * added}, in reading order.
 */
public record DiffDto(int from, int to, List<SectionDto> sections) {

  /** One section; {@code segments} is empty when it did not change. */
  public record SectionDto(
      String sectionId,
      LocalizedText title,
      boolean changed,
      int added,
      int removed,
      List<SegmentDto> segments) {}

  /** A run of words of one kind. */
  public record SegmentDto(String kind, String text) {}

  static DiffDto of(DiffView v) {
    return new DiffDto(
        v.from(),
        v.to(),
        v.sections().stream()
            .map(
                s ->
                    new SectionDto(
                        s.sectionId(),
                        s.title(),
                        s.changed(),
                        s.added(),
                        s.removed(),
                        s.segments().stream()
                            .map(
                                g ->
                                    new SegmentDto(
                                        g.kind().name().toLowerCase(Locale.ROOT), g.text()))
                            .toList()))
            .toList());
  }
}
