package id.klik.innovation.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import id.klik.innovation.domain.ImportSheet;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What the export writes, the import reads back: XLSX and CSV through the same sheet. */
class SheetReaderTest {

  private static final List<String> HEADER =
      List.of(
          "name",
          "work_unit",
          "stage",
          "kind",
          "form",
          "initiator",
          "primary_affair",
          "trial_date",
          "budget_amount",
          "goals");
  private static final List<Object> ROW =
      Arrays.asList(
          "Lembar Kerja",
          "DINKES",
          "uji-coba",
          "digital",
          "lainnya",
          "asn",
          "kesehatan",
          LocalDate.of(2024, 3, 1),
          new java.math.BigDecimal("1500000.00"),
          "'=1+1");

  private static byte[] write(boolean xlsx) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (SheetWriter w = xlsx ? SheetWriter.xlsx(out, "Inovasi") : SheetWriter.csv(out)) {
      w.row(HEADER);
      w.row(ROW);
    }
    return out.toByteArray();
  }

  private static void readsBack(byte[] bytes) {
    ImportSheet sheet = SheetReader.read(new ByteArrayInputStream(bytes));

    assertThat(sheet.problems()).isEmpty();
    assertThat(sheet.rows())
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.line()).isEqualTo(2);
              assertThat(r.get("name")).isEqualTo("Lembar Kerja");
              assertThat(r.get("trial_date")).isEqualTo("2024-03-01");
              assertThat(new java.math.BigDecimal(r.get("budget_amount")))
                  .isEqualByComparingTo("1500000");
              assertThat(r.get("goals")).isEqualTo("=1+1");
            });
  }

  @Test
  void anXlsxExportReadsBack() throws Exception {
    readsBack(write(true));
  }

  @Test
  void aWorkbookWithSharedStringsIsReadToo() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    org.dhatim.fastexcel.Workbook book = new org.dhatim.fastexcel.Workbook(out, "test", "1.0");
    org.dhatim.fastexcel.Worksheet ws = book.newWorksheet("Inovasi");
    for (int c = 0; c < HEADER.size(); c++) {
      ws.value(0, c, HEADER.get(c));
    }
    ws.value(1, 0, "Lembar Kerja");
    ws.value(1, 1, "DINKES");
    book.finish();

    ImportSheet sheet = SheetReader.read(new ByteArrayInputStream(out.toByteArray()));

    assertThat(sheet.rows())
        .singleElement()
        .satisfies(r -> assertThat(r.get("name")).isEqualTo("Lembar Kerja"));
  }

  @Test
  void aCsvExportReadsBack() throws Exception {
    readsBack(write(false));
  }

  @Test
  void aSemicolonSeparatedCsvIsReadToo() {
    String csv =
        String.join(";", HEADER)
            + "\nLembar Kerja;DINKES;uji-coba;digital;lainnya;asn;kesehatan;2024-03-01;1500000;'=1+1\n";

    readsBack(csv.getBytes(StandardCharsets.UTF_8));
  }
}
