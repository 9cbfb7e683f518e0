package id.klik.index.application;

import id.klik.index.domain.ModelMeasure;
import id.klik.shared.domain.LocalizedText;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * The assessment of a cycle as a sheet: the region's measures once, the innovations entered as rows
 * against the model's innovation measures, and the figures the product derives itself.
 */
public record CycleSheet(
    CycleView cycle,
    List<RegionRow> region,
    List<ModelMeasure> innovationMeasures,
    List<InnovationRow> innovations,
    List<DerivedFigure> derived) {

  public CycleSheet {
    region = List.copyOf(region);
    innovationMeasures = List.copyOf(innovationMeasures);
    innovations = List.copyOf(innovations);
    derived = List.copyOf(derived);
  }

  /** One region measure and its choice. */
  public record RegionRow(ModelMeasure measure, SheetChoice choice) {}

  /**
   * One innovation entered in the cycle.
   *
   * @param counts applied inside the cycle's window
   * @param outsideReason why it does not count (message key {@code index.outsideWindow}), or null
   * @param cyclesEntered in how many cycles it is entered, this one included
   * @param choices one per innovation measure of the model, in the model's order
   */
  public record InnovationRow(
      UUID innovationId,
      String name,
      UUID workUnitId,
      String workUnitName,
      String primaryAffair,
      List<String> otherAffairs,
      LocalDate appliedOn,
      boolean counts,
      LocalizedText outsideReason,
      int cyclesEntered,
      boolean carried,
      List<SheetChoice> choices) {
    public InnovationRow {
      otherAffairs = List.copyOf(otherAffairs);
      choices = List.copyOf(choices);
    }
  }

  /**
   * A figure the product knows without anyone entering it.
   *
   * @param key {@code innovations}, {@code basicAffairsCovered} or {@code replications}
   * @param source where it comes from, e.g. {@code innovations entered and applied inside the
   *     window}
   */
  public record DerivedFigure(String key, String value, LocalizedText source) {}
}
