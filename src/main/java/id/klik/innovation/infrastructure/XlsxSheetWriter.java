package id.klik.innovation.infrastructure;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * XLSX through fastexcel, streamed: text is written as inline strings (no shared-string table that
 * grows with the file) and rows are flushed every {@link #FLUSH_EVERY}, so memory stays flat. Dates
 * are date cells ({@code yyyy-mm-dd}), numbers numbers.
 */
final class XlsxSheetWriter implements SheetWriter {

  static final int FLUSH_EVERY = 100;

  private final Workbook workbook;
  private final Worksheet sheet;
  private int row;

  XlsxSheetWriter(OutputStream out, String sheetName) {
    this.workbook = new Workbook(out, "KLIK", "1.0");
    this.sheet = workbook.newWorksheet(sheetName);
  }

  @Override
  public void row(List<?> cells) throws IOException {
    for (int c = 0; c < cells.size(); c++) {
      Object v = cells.get(c);
      if (v == null) {
        continue;
      }
      if (v instanceof LocalDate d) {
        sheet.value(row, c, d);
        sheet.style(row, c).format("yyyy-mm-dd").set();
      } else if (v instanceof BigDecimal n) {
        sheet.value(row, c, n);
      } else if (v instanceof Integer n) {
        sheet.value(row, c, n);
      } else if (v instanceof Boolean b) {
        sheet.value(row, c, b);
      } else {
        sheet.inlineString(row, c, v.toString());
      }
    }
    row++;
    if (row % FLUSH_EVERY == 0) {
      sheet.flush();
    }
  }

  @Override
  public void close() throws IOException {
    sheet.finish();
    workbook.finish();
  }
}
