package id.klik.index.domain;

import java.util.List;

/**
 * How an estimate came about: every region measure, every counted innovation with its measures, and
 * every indicator's contribution to the total.
 */
public record Breakdown(
    List<MeasureScore> region, List<InnovationScore> innovations, List<IndicatorScore> indicators) {

  public Breakdown {
    region = List.copyOf(region);
    innovations = List.copyOf(innovations);
    indicators = List.copyOf(indicators);
  }
}
