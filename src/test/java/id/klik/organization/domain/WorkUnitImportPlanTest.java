package id.klik.organization.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import id.klik.organization.domain.WorkUnitCsv.Row;
import id.klik.organization.domain.WorkUnitImportPlan.Existing;
import id.klik.organization.domain.WorkUnitImportPlan.Operation;
import id.klik.organization.domain.WorkUnitImportPlan.Result;
import id.klik.shared.domain.FieldProblem;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class WorkUnitImportPlanTest {

  private static final Map<String, Existing> NOTHING_STORED = Map.of();

  private static Row row(int line, String code, String kind, String parentCode) {
    return new Row(line, code, "Unit " + code, kind, parentCode);
  }

  private static Existing stored(String code, WorkUnitKind kind, Existing parent) {
    return new Existing(UUID.randomUUID(), code, kind, true, parent == null ? null : parent.id());
  }

  private static Map<String, Existing> byCode(Existing... units) {
    return List.of(units).stream().collect(Collectors.toMap(Existing::code, Function.identity()));
  }

  private static Operation operation(Result result, String code) {
    return result.operations().stream()
        .filter(o -> o.code().equals(code))
        .findFirst()
        .orElseThrow();
  }

  private static List<String> keys(Result result) {
    return result.problems().stream().map(FieldProblem::messageKey).toList();
  }

  @Test
  void changingAStoredUnitsKindSoItsSubUnitsNoLongerFitIsAProblem() {
    Existing opd = stored("DINKES", WorkUnitKind.OPD, null);
    Existing upt = stored("RSUD", WorkUnitKind.UPT, opd);

    Result result =
        WorkUnitImportPlan.plan(List.of(row(2, "DINKES", "KECAMATAN", null)), byCode(opd, upt));

    assertThat(keys(result)).containsExactly("workUnit.kind.childrenMismatch");
    assertThat(result.operations()).isEmpty();
  }

  @Test
  void aStoredInactiveParentNamedInTheFileStaysInactive() {
    Existing inactive = new Existing(UUID.randomUUID(), "DINKES", WorkUnitKind.OPD, false, null);

    Result result =
        WorkUnitImportPlan.plan(
            List.of(row(2, "DINKES", "OPD", null), row(3, "RSUD", "UPT", "DINKES")),
            byCode(inactive));

    assertThat(keys(result)).containsExactly("workUnit.parent.inactive");
  }

  @Test
  void aCodeNotStoredYetIsCreated() {
    Result result = WorkUnitImportPlan.plan(List.of(row(2, "DINKES", "OPD", null)), NOTHING_STORED);

    assertThat(result.operations())
        .singleElement()
        .satisfies(
            op -> {
              assertThat(op.create()).isTrue();
              assertThat(op.id()).isNotNull();
              assertThat(op.line()).isEqualTo(2);
              assertThat(op.kind()).isEqualTo(WorkUnitKind.OPD);
              assertThat(op.parentId()).isNull();
            });
  }

  @Test
  void aStoredCodeIsUpdatedUnderItsStoredId() {
    Existing dinkes = stored("DINKES", WorkUnitKind.OPD, null);

    Result result = WorkUnitImportPlan.plan(List.of(row(2, "DINKES", "OPD", null)), byCode(dinkes));

    assertThat(result.operations())
        .singleElement()
        .extracting(Operation::create, Operation::id)
        .containsExactly(false, dinkes.id());
  }

  @Test
  void aParentEarlierInTheFileIsUsedByItsNewId() {
    Result result =
        WorkUnitImportPlan.plan(
            List.of(row(2, "DINKES", "OPD", null), row(3, "RSUD", "UPT", "DINKES")),
            NOTHING_STORED);

    assertThat(operation(result, "RSUD").parentId()).isEqualTo(operation(result, "DINKES").id());
  }

  @Test
  void aParentLaterInTheFileIsFoundToo() {
    Result result =
        WorkUnitImportPlan.plan(
            List.of(row(2, "RSUD", "UPT", "DINKES"), row(3, "DINKES", "OPD", null)),
            NOTHING_STORED);

    assertThat(operation(result, "RSUD").parentId()).isEqualTo(operation(result, "DINKES").id());
  }

  @Test
  void aStoredParentIsUsedByItsStoredId() {
    Existing dinkes = stored("DINKES", WorkUnitKind.OPD, null);

    Result result =
        WorkUnitImportPlan.plan(List.of(row(2, "RSUD", "UPT", "DINKES")), byCode(dinkes));

    assertThat(operation(result, "RSUD").parentId()).isEqualTo(dinkes.id());
  }

  @Test
  void aParentCodeNeitherInTheFileNorStoredIsUnknown() {
    Result result =
        WorkUnitImportPlan.plan(List.of(row(4, "RSUD", "UPT", "DINKES")), NOTHING_STORED);

    assertThat(result.problems())
        .containsExactly(FieldProblem.atLine(4, "parent_code", "csv.parent.unknown", "DINKES"));
  }

  @Test
  void aDuplicateCodeIsReportedOnItsSecondLineNamingTheFirst() {
    Result result =
        WorkUnitImportPlan.plan(
            List.of(
                row(2, "DINKES", "OPD", null),
                row(3, "DISHUB", "OPD", null),
                row(5, "DINKES", "OPD", null)),
            NOTHING_STORED);

    assertThat(result.problems())
        .containsExactly(FieldProblem.atLine(5, "code", "csv.code.duplicate", "DINKES", 2));
  }

  @Test
  void aKelurahanUnderAKecamatanInTheFileIsPlanned() {
    Result result =
        WorkUnitImportPlan.plan(
            List.of(row(2, "KEC-A", "KECAMATAN", null), row(3, "KEL-A", "KELURAHAN", "KEC-A")),
            NOTHING_STORED);

    assertThat(result.ok()).isTrue();
    assertThat(result.operations()).extracting(Operation::code).containsExactly("KEC-A", "KEL-A");
  }

  @Test
  void aKelurahanUnderAnAgencyIsUnderTheWrongKind() {
    Result result =
        WorkUnitImportPlan.plan(
            List.of(row(2, "DINKES", "OPD", null), row(3, "KEL-A", "KELURAHAN", "DINKES")),
            NOTHING_STORED);

    assertThat(result.problems())
        .containsExactly(
            FieldProblem.atLine(
                3,
                "parent",
                "workUnit.parent.wrongKind",
                WorkUnitKind.KELURAHAN,
                WorkUnitKind.KECAMATAN));
  }

  @Test
  void aKelurahanUnderAStoredKecamatanIsPlanned() {
    Existing kecamatan = stored("KEC-A", WorkUnitKind.KECAMATAN, null);

    Result result =
        WorkUnitImportPlan.plan(List.of(row(2, "KEL-A", "KELURAHAN", "KEC-A")), byCode(kecamatan));

    assertThat(operation(result, "KEL-A").parentId()).isEqualTo(kecamatan.id());
  }

  @Test
  void aKelurahanWithoutAParentIsReported() {
    Result result =
        WorkUnitImportPlan.plan(List.of(row(2, "KEL-A", "KELURAHAN", null)), NOTHING_STORED);

    assertThat(keys(result)).containsExactly("workUnit.parent.required");
  }

  @Test
  void anUnknownParentIsNotAlsoReportedAsAMissingParent() {
    Result result =
        WorkUnitImportPlan.plan(List.of(row(2, "KEL-A", "KELURAHAN", "KEC-X")), NOTHING_STORED);

    assertThat(keys(result)).containsExactly("csv.parent.unknown");
  }

  @Test
  void aUnitCannotGoUnderAStoredInactiveParent() {
    Existing inactive =
        new Existing(UUID.randomUUID(), "KEC-A", WorkUnitKind.KECAMATAN, false, null);

    Result result =
        WorkUnitImportPlan.plan(List.of(row(2, "KEL-A", "KELURAHAN", "KEC-A")), byCode(inactive));

    assertThat(keys(result)).containsExactly("workUnit.parent.inactive");
  }

  @Test
  void aUnitNamingItselfAsParentIsACycle() {
    Result result =
        WorkUnitImportPlan.plan(List.of(row(2, "DINKES", "OPD", "DINKES")), NOTHING_STORED);

    assertThat(result.problems())
        .containsExactly(FieldProblem.atLine(2, "parent_code", "workUnit.parent.cycle"));
  }

  @Test
  void reParentingAStoredUnitUnderItsOwnChildIsACycle() {
    Existing setda = stored("SETDA", WorkUnitKind.OPD, null);
    Existing bagian = stored("BAGIAN-UMUM", WorkUnitKind.OPD, setda);

    Result result =
        WorkUnitImportPlan.plan(
            List.of(row(7, "SETDA", "OPD", "BAGIAN-UMUM")), byCode(setda, bagian));

    assertThat(result.problems())
        .containsExactly(FieldProblem.atLine(7, "parent_code", "workUnit.parent.cycle"));
  }

  @Test
  void aChildMovedToTheTopInTheSameFileMayBecomeItsFormerParentsParent() {
    Existing setda = stored("SETDA", WorkUnitKind.OPD, null);
    Existing bagian = stored("BAGIAN-UMUM", WorkUnitKind.OPD, setda);

    Result result =
        WorkUnitImportPlan.plan(
            List.of(row(2, "BAGIAN-UMUM", "OPD", null), row(3, "SETDA", "OPD", "BAGIAN-UMUM")),
            byCode(setda, bagian));

    assertThat(result.ok()).isTrue();
    assertThat(operation(result, "SETDA").parentId()).isEqualTo(bagian.id());
  }

  @Test
  void aCycleAmongNewUnitsInTheFileIsReportedOnEachLine() {
    Result result =
        WorkUnitImportPlan.plan(
            List.of(row(2, "A", "OPD", "B"), row(3, "B", "OPD", "A")), NOTHING_STORED);

    assertThat(result.problems())
        .extracting(FieldProblem::line, FieldProblem::messageKey)
        .containsExactly(tuple(2, "workUnit.parent.cycle"), tuple(3, "workUnit.parent.cycle"));
  }

  @Test
  void nothingIsPlannedWhenAnyRowHasAProblem() {
    Result result =
        WorkUnitImportPlan.plan(
            List.of(row(2, "DINKES", "OPD", null), row(3, "X", "DESA", null)), NOTHING_STORED);

    assertThat(result.ok()).isFalse();
    assertThat(result.operations()).isEmpty();
  }

  @Test
  void problemsAreOrderedByLine() {
    Result result =
        WorkUnitImportPlan.plan(
            List.of(
                row(4, "KEL-A", "KELURAHAN", null),
                row(2, "", "OPD", null),
                row(3, "X", "DESA", null)),
            NOTHING_STORED);

    assertThat(result.problems()).extracting(FieldProblem::line).containsExactly(2, 3, 4);
  }
}
