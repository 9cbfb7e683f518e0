package id.klik.innovation.infrastructure;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * CSV in UTF-8 with a byte-order mark, so that spreadsheet programs read Indonesian names right;
 * RFC 4180 quoting, CRLF line ends.
 */
final class CsvSheetWriter implements SheetWriter {

  private final Writer writer;
  private final CSVPrinter printer;

  CsvSheetWriter(OutputStream out) {
    this.writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
    try {
      writer.write('\uFEFF');
      this.printer = new CSVPrinter(writer, CSVFormat.RFC4180);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  @Override
  public void row(List<?> cells) throws IOException {
    for (Object cell : cells) {
      printer.print(
          cell == null
              ? ""
              : cell instanceof java.math.BigDecimal n ? n.toPlainString() : cell.toString());
    }
    printer.println();
  }

  @Override
  public void close() throws IOException {
    printer.flush();
    writer.flush();
  }
}
