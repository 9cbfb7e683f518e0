package id.klik.index.application;

import id.klik.innovation.domain.SpreadsheetCells;
import java.util.ArrayList;
import java.util.List;

/**
 * The assessment of a cycle as CSV rows: one row per region measure, then one per innovation ×
 * measure. Cells a spreadsheet would read as a formula are neutralized as the innovation export
 * does.
 */
final class CycleExport {

  static final List<String> HEADER =
      List.of(
          "year",
          "model",
          "scope",
          "innovation_id",
          "innovation",
          "work_unit",
          "counts",
          "indicator",
          "measure_id",
          "level",
          "derived_level",
          "evidence_id",
          "evidence",
          "evidenced",
          "carried");

  private CycleExport() {}

  static List<List<String>> rows(CycleState state) {
    List<List<String>> rows = new ArrayList<>();
    rows.add(HEADER);
    String year = Integer.toString(state.cycle.year());
    String model = state.model.ref().toString();
    for (CycleSheet.RegionRow r : state.region) {
      rows.add(row(year, model, "region", null, r.measure().indicatorNumber(), r.choice()));
    }
    for (CycleSheet.InnovationRow i : state.innovations) {
      for (int k = 0; k < i.choices().size(); k++) {
        SheetChoice c = i.choices().get(k);
        rows.add(
            row(
                year,
                model,
                "innovation",
                i,
                state.innovationMeasures.get(k).indicatorNumber(),
                c));
      }
    }
    return rows;
  }

  private static List<String> row(
      String year,
      String model,
      String scope,
      CycleSheet.InnovationRow i,
      int indicator,
      SheetChoice c) {
    List<String> cells = new ArrayList<>();
    cells.add(year);
    cells.add(model);
    cells.add(scope);
    cells.add(i == null ? "" : i.innovationId().toString());
    cells.add(i == null ? "" : i.name());
    cells.add(i == null ? "" : i.workUnitName());
    cells.add(i == null ? "" : Boolean.toString(i.counts()));
    cells.add(Integer.toString(indicator));
    cells.add(c.measureId());
    cells.add(Integer.toString(c.level()));
    cells.add(c.derived() == null ? "" : Integer.toString(c.derived().level()));
    cells.add(c.evidenceId() == null ? "" : c.evidenceId().toString());
    cells.add(c.evidenceTitle() == null ? "" : c.evidenceTitle());
    cells.add(Boolean.toString(c.effectiveEvidenced()));
    cells.add(Boolean.toString(c.carried()));
    return cells.stream().map(SpreadsheetCells::neutralize).toList();
  }
}
