package id.klik.index.api;

import id.klik.index.application.CycleEstimate;
import id.klik.index.application.CycleSheet;
import id.klik.index.application.CycleView;
import id.klik.index.domain.Breakdown;
import id.klik.index.domain.Estimate;
import id.klik.index.domain.IndexEstimates;
import id.klik.shared.domain.LocalizedText;
import jakarta.json.bind.annotation.JsonbNillable;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;

/**
 * The estimate of a cycle: the declared figures at the top level (the field names), the
 * evidenced ones under {@code evidenced}, each with its breakdown; a figure the model does not
 * allow to compute is null and {@code notes} says why.
 *
 * @param category {@code SANGAT_INOVATIF}, {@code INOVATIF}, {@code KURANG_INOVATIF} or {@code
 *     TIDAK_DAPAT_DINILAI}; null when the index cannot be computed
 */
@JsonbNillable
public record EstimateDto(
    String model,
    int year,
    BigDecimal spd,
    BigDecimal sidSum,
    BigDecimal sidAverage,
    Integer divisor,
    int innovations,
    BigDecimal numberScore,
    Integer basicAffairsCovered,
    List<String> missingBasicAffairs,
    BigDecimal total,
    BigDecimal index,
    String category,
    LocalizedText categoryTitle,
    Figures evidenced,
    Breakdown breakdown,
    List<Note> notes,
    List<String> outsideWindow,
    boolean modelNeedsVerification,
    List<CycleSheet.DerivedFigure> derived,
    CycleView cycle) {

  /** The same figures for the evidenced estimate. */
  @JsonbNillable
  public record Figures(
      BigDecimal spd,
      BigDecimal sidSum,
      BigDecimal sidAverage,
      Integer divisor,
      int innovations,
      BigDecimal numberScore,
      Integer basicAffairsCovered,
      List<String> missingBasicAffairs,
      BigDecimal total,
      BigDecimal index,
      String category,
      LocalizedText categoryTitle,
      Breakdown breakdown) {

    static Figures of(Estimate e) {
      return new Figures(
          e.spd(),
          e.sidSum(),
          e.sidAverage(),
          e.divisor(),
          e.innovations(),
          e.numberScore(),
          e.basicAffairsCovered(),
          e.missingBasicAffairs(),
          e.total(),
          e.index(),
          e.category() == null ? null : e.category().code(),
          e.category() == null ? null : e.category().title(),
          e.breakdown());
    }
  }

  /** A figure that cannot be computed, and why, in the caller's language. */
  public record Note(String figure, String reason, String text) {}

  static EstimateDto of(CycleEstimate c, Locale locale) {
    IndexEstimates all = c.estimates();
    Estimate d = all.declared();
    return new EstimateDto(
        c.cycle().model(),
        c.cycle().year(),
        d.spd(),
        d.sidSum(),
        d.sidAverage(),
        d.divisor(),
        d.innovations(),
        d.numberScore(),
        d.basicAffairsCovered(),
        d.missingBasicAffairs(),
        d.total(),
        d.index(),
        d.category() == null ? null : d.category().code(),
        d.category() == null ? null : d.category().title(),
        Figures.of(all.evidenced()),
        d.breakdown(),
        all.notComputable().stream()
            .map(n -> new Note(n.figure(), n.reason().name(), n.reason().text().in(locale)))
            .toList(),
        all.outsideWindow(),
        all.modelNeedsVerification(),
        c.derived(),
        c.cycle());
  }
}
