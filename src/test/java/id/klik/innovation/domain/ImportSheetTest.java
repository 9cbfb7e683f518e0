package id.klik.innovation.domain;

import static org.assertj.core.api.Assertions.assertThat;

import id.klik.shared.domain.FieldProblem;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ImportSheetTest {

  private static final List<String> HEADER =
      List.of("name", "work_unit", "stage", "kind", "form", "initiator", "primary_affair");

  @Test
  void anExportsHeaderIsAcceptedAndItsReadOnlyColumnsIgnored() {
    ImportSheet sheet = new ImportSheet();

    boolean ok = sheet.header(InnovationColumns.ALL);
    List<String> cells =
        new ArrayList<>(java.util.Collections.nCopies(InnovationColumns.ALL.size(), ""));
    cells.set(0, "5f0c1d7e-0000-0000-0000-000000000000");
    cells.set(1, "Si Lapar");
    sheet.row(2, cells);

    assertThat(ok).isTrue();
    assertThat(sheet.rows())
        .singleElement()
        .satisfies(r -> assertThat(r.cells()).containsOnlyKeys("name"));
  }

  @Test
  void missingUnknownAndRepeatedColumnsAreNamedOnLineOne() {
    ImportSheet sheet = new ImportSheet();

    boolean ok = sheet.header(List.of("Name", "work unit", "stage", "kind", "colour", "stage"));

    assertThat(ok).isFalse();
    assertThat(sheet.problems())
        .extracting(FieldProblem::line, FieldProblem::messageKey)
        .contains(
            org.assertj.core.groups.Tuple.tuple(1, "innovation.import.columnUnknown"),
            org.assertj.core.groups.Tuple.tuple(1, "innovation.import.columnTwice"),
            org.assertj.core.groups.Tuple.tuple(1, "innovation.import.columnMissing"));
    assertThat(sheet.problems())
        .extracting(FieldProblem::field)
        .contains("colour", "form", "initiator");
  }

  @Test
  void blankRowsAreSkippedAndNeutralizedCellsRestored() {
    ImportSheet sheet = new ImportSheet();
    sheet.header(HEADER);

    sheet.row(2, List.of("", " ", "", "", "", "", ""));
    sheet.row(
        3, List.of("'=Inovasi", "DINKES", "inisiatif", "digital", "lainnya", "asn", "kesehatan"));

    assertThat(sheet.rows())
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.line()).isEqualTo(3);
              assertThat(r.get("name")).isEqualTo("=Inovasi");
            });
  }

  @Test
  void aSheetBeyondTheRowLimitStopsWithAProblem() {
    ImportSheet sheet = new ImportSheet();
    sheet.header(HEADER);
    List<String> row =
        List.of("x", "DINKES", "inisiatif", "digital", "lainnya", "asn", "kesehatan");
    for (int i = 0; i < ImportSheet.MAX_ROWS; i++) {
      assertThat(sheet.row(i + 2, row)).isTrue();
    }

    assertThat(sheet.row(ImportSheet.MAX_ROWS + 2, row)).isFalse();
    assertThat(sheet.problems())
        .extracting(FieldProblem::messageKey)
        .containsExactly("innovation.import.tooManyRows");
  }
}
