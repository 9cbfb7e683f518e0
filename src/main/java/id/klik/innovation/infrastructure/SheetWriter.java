package id.klik.innovation.infrastructure;

import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

/**
 * Writes a table row by row to a stream, as CSV or XLSX, without holding the rows. Cells are
 * strings, numbers, booleans, dates or null; strings that a spreadsheet would read as a formula are
 * neutralized by the caller.
 */
public interface SheetWriter extends Closeable {

  void row(List<?> cells) throws IOException;

  /** Ends the file; the stream is left open. */
  @Override
  void close() throws IOException;

  static SheetWriter csv(OutputStream out) {
    return new CsvSheetWriter(out);
  }

  static SheetWriter xlsx(OutputStream out, String sheetName) throws IOException {
    return new XlsxSheetWriter(out, sheetName);
  }
}
