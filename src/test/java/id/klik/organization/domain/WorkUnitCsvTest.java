package id.klik.organization.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import id.klik.organization.domain.WorkUnitCsv.Parsed;
import id.klik.organization.domain.WorkUnitCsv.Row;
import id.klik.shared.domain.FieldProblem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class WorkUnitCsvTest {

  @Test
  void aCommaSeparatedFileGivesOneRowPerDataLine() {
    Parsed parsed =
        WorkUnitCsv.parse(
            """
            code,name,kind,parent_code
            DINKES,Dinas Kesehatan,OPD,
            RSUD,RSUD Kota,UPT,DINKES
            """);

    assertThat(parsed.rows())
        .containsExactly(
            new Row(2, "DINKES", "Dinas Kesehatan", "OPD", null),
            new Row(3, "RSUD", "RSUD Kota", "UPT", "DINKES"));
  }

  @Test
  void aSemicolonSeparatedFileIsReadTheSameWay() {
    Parsed parsed =
        WorkUnitCsv.parse(
            """
            code;name;kind;parent_code
            RSUD;RSUD Kota;UPT;DINKES
            """);

    assertThat(parsed.rows()).containsExactly(new Row(2, "RSUD", "RSUD Kota", "UPT", "DINKES"));
  }

  @Test
  void aCommaInsideAQuotedNameStaysInTheName() {
    Parsed parsed =
        WorkUnitCsv.parse(
            """
            code,name,kind
            BAPPERIDA,"Badan Perencanaan, Riset dan Inovasi",OPD
            """);

    assertThat(parsed.rows())
        .extracting(Row::name)
        .containsExactly("Badan Perencanaan, Riset dan Inovasi");
  }

  @Test
  void aSemicolonFileKeepsCommasInNames() {
    Parsed parsed =
        WorkUnitCsv.parse("code;name;kind\nDKUMP;Dinas Koperasi, UMKM dan Perdagangan;OPD\n");

    assertThat(parsed.rows())
        .extracting(Row::name)
        .containsExactly("Dinas Koperasi, UMKM dan Perdagangan");
  }

  @Test
  void aByteOrderMarkBeforeTheHeaderIsIgnored() {
    Parsed parsed = WorkUnitCsv.parse("\uFEFFcode;name;kind\nDINKES;Dinas Kesehatan;OPD\n");

    assertThat(parsed.problems()).isEmpty();
    assertThat(parsed.rows()).extracting(Row::code).containsExactly("DINKES");
  }

  @Test
  void headerNamesAreReadWhateverTheirCaseAndSpacing() {
    Parsed parsed = WorkUnitCsv.parse("Code, Name ,KIND,Parent_Code\nRSUD,RSUD Kota,UPT,DINKES\n");

    assertThat(parsed.rows()).containsExactly(new Row(2, "RSUD", "RSUD Kota", "UPT", "DINKES"));
  }

  @Test
  void theParentColumnIsOptional() {
    Parsed parsed = WorkUnitCsv.parse("code,name,kind\nDINKES,Dinas Kesehatan,OPD\n");

    assertThat(parsed.rows()).containsExactly(new Row(2, "DINKES", "Dinas Kesehatan", "OPD", null));
  }

  @Test
  void valuesAreTrimmedAndBlankValuesAreAbsent() {
    Parsed parsed = WorkUnitCsv.parse("code,name,kind,parent_code\n  DINKES ,  ,OPD,   \n");

    assertThat(parsed.rows()).containsExactly(new Row(2, "DINKES", null, "OPD", null));
  }

  @Test
  void aShortRowLeavesTheMissingColumnsAbsent() {
    Parsed parsed = WorkUnitCsv.parse("code,name,kind,parent_code\nDINKES,Dinas Kesehatan\n");

    assertThat(parsed.rows()).containsExactly(new Row(2, "DINKES", "Dinas Kesehatan", null, null));
  }

  @Test
  void trailingEmptyHeaderColumnsFromASpreadsheetAreIgnored() {
    WorkUnitCsv.Parsed parsed = WorkUnitCsv.parse("code,name,kind,,\nA1,Dinas A,OPD,,\n");

    assertThat(parsed.problems()).isEmpty();
    assertThat(parsed.rows()).extracting(WorkUnitCsv.Row::code).containsExactly("A1");
  }

  @Test
  void everyMissingRequiredColumnIsReportedOnLine1() {
    Parsed parsed = WorkUnitCsv.parse("kode,name\nDINKES,Dinas Kesehatan\n");

    assertThat(parsed.problems())
        .containsExactly(
            FieldProblem.atLine(1, "code", "csv.column.missing", "code"),
            FieldProblem.atLine(1, "kind", "csv.column.missing", "kind"));
  }

  @Test
  void aFileWithMissingColumnsGivesNoRows() {
    Parsed parsed = WorkUnitCsv.parse("code,name\nDINKES,Dinas Kesehatan\n");

    assertThat(parsed.rows()).isEmpty();
  }

  @Test
  void anEmptyFileLacksEveryRequiredColumn() {
    Parsed parsed = WorkUnitCsv.parse("");

    assertThat(parsed.problems())
        .extracting(FieldProblem::messageKey, FieldProblem::field)
        .containsExactly(
            tuple("csv.column.missing", "code"),
            tuple("csv.column.missing", "name"),
            tuple("csv.column.missing", "kind"));
  }

  @Test
  void aHeaderWithoutDataRowsIsAnEmptyFile() {
    Parsed parsed = WorkUnitCsv.parse("code,name,kind\n");

    assertThat(parsed.problems()).containsExactly(FieldProblem.atLine(1, "file", "csv.empty"));
  }

  @Test
  void blankLinesAreSkippedButStillCountedInLineNumbers() {
    Parsed parsed =
        WorkUnitCsv.parse(
            """
            code,name,kind

            DINKES,Dinas Kesehatan,OPD


            DISHUB,Dinas Perhubungan,OPD
            """);

    assertThat(parsed.rows())
        .extracting(Row::line, Row::code)
        .containsExactly(tuple(3, "DINKES"), tuple(6, "DISHUB"));
  }

  @Test
  void windowsLineEndingsCountAsOneLineEach() {
    Parsed parsed =
        WorkUnitCsv.parse("code,name,kind\r\nDINKES,Dinas Kesehatan,OPD\r\nDISHUB,Dishub,OPD\r\n");

    assertThat(parsed.rows()).extracting(Row::line).containsExactly(2, 3);
  }

  @Test
  void theLastLineWithoutALineBreakHasItsOwnNumber() {
    Parsed parsed =
        WorkUnitCsv.parse("code,name,kind\nDINKES,Dinas Kesehatan,OPD\nDISHUB,Dishub,OPD");

    assertThat(parsed.rows()).extracting(Row::line).containsExactly(2, 3);
  }

  @Test
  void aRowAfterANameSpanningTwoLinesHasTheLineAnEditorShows() {
    Parsed parsed =
        WorkUnitCsv.parse(
            "code,name,kind\nDINKES,\"Dinas\nKesehatan\",OPD\nDISHUB,Dinas Perhubungan,OPD\n");

    assertThat(parsed.rows()).extracting(Row::line).containsExactly(2, 4);
  }

  @ParameterizedTest
  @ValueSource(strings = {"code,name,kind,code", "Code,name,kind,code"})
  void aColumnNamedTwiceMakesTheFileUnreadableRatherThanReadingEitherOne(String header) {
    Parsed parsed = WorkUnitCsv.parse(header + "\nDINKES,Dinas Kesehatan,OPD,X\n");

    assertThat(parsed.problems())
        .singleElement()
        .extracting(FieldProblem::line, FieldProblem::messageKey)
        .containsExactly(1, "csv.unreadable");
  }

  @Test
  void blankLinesBeforeTheHeaderCountToo() {
    Parsed parsed = WorkUnitCsv.parse("\n\ncode,name,kind\r\n\r\nDINKES,Dinas Kesehatan,OPD\r\n");

    assertThat(parsed.rows()).extracting(Row::line).containsExactly(5);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "code,name,kind\nDINKES,\"Dinas Kesehatan,OPD\nDISHUB,Dinas Perhubungan,OPD\n",
        "code,name,kind\nDINKES,\"Dinas\" Kesehatan,OPD\n"
      })
  void aBrokenQuotationMarkNamesItsLineWithoutTheParsersWords(String csv) {
    Parsed parsed = WorkUnitCsv.parse(csv);

    assertThat(parsed.problems())
        .singleElement()
        .extracting(FieldProblem::line, FieldProblem::messageKey, FieldProblem::args)
        .containsExactly(2, "csv.quoting", java.util.List.of(2));
  }

  @Test
  void textThatIsNotUtf8NamesItsLine() {
    Parsed parsed =
        WorkUnitCsv.parse(
            "code,name,kind\nDINKES,Dinas Kesehatan,OPD\nCAMAT,Kantor Camat \uFFFD,OPD\n");

    assertThat(parsed.problems())
        .singleElement()
        .extracting(FieldProblem::line, FieldProblem::messageKey)
        .containsExactly(3, "csv.encoding");
  }

  @Test
  void aRowWithFewerValuesThanTheHeaderIsReadWithTheMissingOnesEmpty() {
    Parsed parsed = WorkUnitCsv.parse("code,name,kind\nDINKES\n");

    assertThat(parsed.rows())
        .singleElement()
        .satisfies(
            row -> {
              assertThat(row.line()).isEqualTo(2);
              assertThat(row.name()).isNull();
              assertThat(row.kind()).isNull();
            });
  }
}
