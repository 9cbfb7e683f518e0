package id.klik.innovation.domain;

import java.util.Map;

/**
 * One data row of an imported sheet: its line (1-based, the header being line 1) and its cells by
 * column name ({@link InnovationColumns}), blank cells absent, apostrophes of exported formula-like
 * cells removed.
 */
public record ImportRow(int line, Map<String, String> cells) {

  public ImportRow {
    cells = Map.copyOf(cells);
  }

  public String get(String column) {
    return cells.get(column);
  }
}
