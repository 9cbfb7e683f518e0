package id.klik.innovation.infrastructure;

import id.klik.innovation.domain.ImportSheet;
import id.klik.shared.domain.FieldProblem;
import id.klik.shared.domain.ValidationException;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;

/**
 * Reads an uploaded sheet into an {@link ImportSheet}: XLSX (recognized by its ZIP signature, the
 * first sheet, through fastexcel-reader) or CSV (UTF-8, a byte-order mark allowed, comma or
 * semicolon separated as the header row shows). Date cells of a workbook become {@code YYYY-MM-DD};
 * numbers are written plainly. Reading stops at the sheet's row limit.
 */
public final class SheetReader {

  private SheetReader() {}

  public static ImportSheet read(InputStream input) {
    ImportSheet sheet = new ImportSheet();
    try {
      BufferedInputStream in = new BufferedInputStream(input);
      in.mark(4);
      byte[] start = in.readNBytes(4);
      in.reset();
      if (start.length == 0) {
        throw ValidationException.of("file", "innovation.import.empty");
      }
      if (start.length == 4
          && start[0] == 'P'
          && start[1] == 'K'
          && start[2] == 3
          && start[3] == 4) {
        readXlsx(in, sheet);
      } else {
        readCsv(in, sheet);
      }
    } catch (IOException e) {
      throw ValidationException.of("file", "innovation.import.unreadable");
    }
    return sheet;
  }

  private static void readCsv(InputStream in, ImportSheet sheet) throws IOException {
    Reader reader =
        new InputStreamReader(
            in,
            StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT));
    java.io.BufferedReader buffered = new java.io.BufferedReader(reader);
    buffered.mark(64 * 1024);
    String first;
    try {
      first = buffered.readLine();
    } catch (CharacterCodingException e) {
      throw ValidationException.of("file", "csv.encoding", 1);
    }
    if (first == null) {
      throw ValidationException.of("file", "innovation.import.empty");
    }
    buffered.reset();
    char delimiter =
        first.chars().filter(c -> c == ';').count() > first.chars().filter(c -> c == ',').count()
            ? ';'
            : ',';
    CSVFormat format = CSVFormat.RFC4180.builder().setDelimiter(delimiter).get();
    int line = 0;
    try (CSVParser parser = CSVParser.parse(buffered, format)) {
      Iterator<CSVRecord> records = parser.iterator();
      boolean header = true;
      while (true) {
        CSVRecord record;
        try {
          if (!records.hasNext()) {
            break;
          }
          record = records.next();
        } catch (UncheckedIOException e) {
          throw e.getCause() instanceof CharacterCodingException
              ? ValidationException.of("file", "csv.encoding", line + 1)
              : ValidationException.of("file", "csv.quoting", line + 1);
        } catch (IllegalStateException e) {
          throw ValidationException.of("file", "csv.quoting", line + 1);
        }
        line = (int) parser.getCurrentLineNumber();
        List<String> cells = record.toList();
        if (header) {
          header = false;
          if (!sheet.header(cells)) {
            return;
          }
        } else if (!sheet.row((int) record.getRecordNumber(), cells)) {
          return;
        }
      }
    }
    if (line == 0) {
      throw ValidationException.of("file", "innovation.import.empty");
    }
  }

  private static void readXlsx(InputStream in, ImportSheet sheet) throws IOException {
    try (ReadableWorkbook workbook =
            new ReadableWorkbook(in, new org.dhatim.fastexcel.reader.ReadingOptions(true, false));
        Stream<Row> rows = workbook.getFirstSheet().openStream()) {
      Iterator<Row> it = rows.iterator();
      boolean header = true;
      boolean any = false;
      while (it.hasNext()) {
        Row row = it.next();
        any = true;
        List<String> cells = new ArrayList<>();
        for (int c = 0; c < row.getCellCount(); c++) {
          cells.add(text(row.getCell(c)));
        }
        if (header) {
          header = false;
          if (!sheet.header(cells)) {
            return;
          }
        } else if (!sheet.row(row.getRowNum(), cells)) {
          return;
        }
      }
      if (!any) {
        throw ValidationException.of("file", "innovation.import.empty");
      }
    } catch (RuntimeException e) {
      if (e instanceof id.klik.shared.domain.KlikException k) {
        throw k;
      }
      throw new ValidationException(
          List.of(FieldProblem.of("file", "innovation.import.unreadable")));
    }
  }

  private static String text(Cell cell) {
    if (cell == null || cell.getType() == CellType.EMPTY) {
      return null;
    }
    if (cell.getType() == CellType.NUMBER) {
      String format = cell.getDataFormatString();
      if (format != null && (format.contains("y") || format.contains("d"))) {
        return cell.asDate().toLocalDate().format(DateTimeFormatter.ISO_LOCAL_DATE);
      }
      return cell.asNumber().stripTrailingZeros().toPlainString();
    }
    if (cell.getType() == CellType.BOOLEAN) {
      return String.valueOf(cell.asBoolean());
    }
    return cell.getText();
  }
}
