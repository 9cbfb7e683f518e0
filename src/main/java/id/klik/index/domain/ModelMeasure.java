package id.klik.index.domain;

import id.klik.guideline.domain.IndexModelBody;
import id.klik.shared.domain.LocalizedText;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * One measure of an index model as the assessment sheet shows it: where it belongs, what it weighs
 * and its levels with the evidence each asks for.
 *
 * @param scope {@code region} (once per region) or {@code innovation} (per innovation)
 */
public record ModelMeasure(
    String scope,
    String aspectCode,
    String indicatorId,
    int indicatorNumber,
    LocalizedText indicatorTitle,
    String measureId,
    LocalizedText title,
    BigDecimal weight,
    List<IndexModelBody.Level> levels) {

  public static final String REGION = ScoredMeasure.REGION;
  public static final String INNOVATION = ScoredMeasure.INNOVATION;

  public ModelMeasure {
    levels = List.copyOf(levels);
  }

  /** Every measure of the model of one scope, in the model's order. */
  public static List<ModelMeasure> of(IndexModelBody model, String scope) {
    return ScoredMeasure.of(model, scope).stream().map(ModelMeasure::of).toList();
  }

  /** The measure of that id in that scope, if the model has it. */
  public static Optional<ModelMeasure> find(IndexModelBody model, String scope, String measureId) {
    return of(model, scope).stream().filter(m -> m.measureId().equals(measureId)).findFirst();
  }

  private static ModelMeasure of(ScoredMeasure m) {
    return new ModelMeasure(
        m.aspect().scope(),
        m.aspect().code(),
        m.indicator().id(),
        m.indicatorNumber(),
        m.indicator().title(),
        m.id(),
        m.measure().title(),
        m.weight(),
        m.measure().levels());
  }

  /**
   * Whether the level of this measure is what the product knows already: the Replikasi indicator,
   * counted from the confirmed replications by other regions. Recognized by the indicator's
   * Indonesian title, which every model since 2018 spells so; a model that renames it simply loses
   * the derived level (it is entered by hand then).
   */
  public boolean isReplication() {
    return INNOVATION.equals(scope)
        && indicatorTitle != null
        && indicatorTitle.id().toLowerCase(Locale.ROOT).startsWith("replikasi");
  }

  /**
   * The level replications by {@code regions} other regions reach: one level per region, at most
   * the model's highest (2026: 1 / 2 / 3 regions).
   */
  public static int replicationLevel(long regions, int maxLevel) {
    return (int) Math.min(Math.max(regions, 0), maxLevel);
  }
}
