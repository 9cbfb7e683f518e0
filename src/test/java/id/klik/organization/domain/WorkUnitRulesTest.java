package id.klik.organization.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import id.klik.organization.domain.WorkUnitRules.ParentView;
import id.klik.shared.domain.FieldProblem;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class WorkUnitRulesTest {

  private static final Optional<ParentView> TOP = Optional.empty();

  private static Optional<ParentView> under(WorkUnitKind kind) {
    return Optional.of(new ParentView(UUID.randomUUID(), kind, true));
  }

  private static List<String> keys(List<FieldProblem> problems) {
    return problems.stream().map(FieldProblem::messageKey).toList();
  }

  @Test
  void anAgencyAtTheTopKeepsTheRules() {
    assertThat(WorkUnitRules.check(0, "DINKES", "Dinas Kesehatan", "OPD", TOP)).isEmpty();
  }

  @Test
  void theKindIsReadWhateverItsCase() {
    assertThat(WorkUnitRules.check(0, "DINKES", "Dinas Kesehatan", " opd ", TOP)).isEmpty();
  }

  @Test
  void aBlankCodeIsRequired() {
    assertThat(WorkUnitRules.check(0, " ", "Dinas Kesehatan", "OPD", TOP))
        .containsExactly(FieldProblem.of("code", "workUnit.code.required"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"DIN KES", "DINKES/1", "DINKES,1", "Dinkés"})
  void aCodeWithOtherCharactersThanLettersDigitsDotUnderscoreAndDashIsMalformed(String code) {
    assertThat(WorkUnitRules.check(0, code, "Dinas Kesehatan", "OPD", TOP))
        .containsExactly(FieldProblem.of("code", "workUnit.code.format", 40));
  }

  @Test
  void aCodeMayHaveLettersDigitsDotsUnderscoresAndDashes() {
    assertThat(WorkUnitRules.check(0, "Kec-01.a_b", "Kecamatan", "KECAMATAN", TOP)).isEmpty();
  }

  @Test
  void aCodeHasAtMost40Characters() {
    assertThat(keys(WorkUnitRules.check(0, "C".repeat(40), "Name", "OPD", TOP))).isEmpty();
    assertThat(keys(WorkUnitRules.check(0, "C".repeat(41), "Name", "OPD", TOP)))
        .containsExactly("workUnit.code.format");
  }

  @Test
  void aMissingNameIsRequired() {
    assertThat(WorkUnitRules.check(0, "DINKES", null, "OPD", TOP))
        .containsExactly(FieldProblem.of("name", "workUnit.name.required"));
  }

  @Test
  void aNameHasAtMost200Characters() {
    assertThat(keys(WorkUnitRules.check(0, "X", "n".repeat(200), "OPD", TOP))).isEmpty();
    assertThat(WorkUnitRules.check(0, "X", "n".repeat(201), "OPD", TOP))
        .containsExactly(FieldProblem.of("name", "workUnit.name.tooLong", 200));
  }

  @Test
  void anUnknownKindIsReportedWithTheTextGiven() {
    assertThat(WorkUnitRules.check(0, "X", "Desa X", "DESA", TOP))
        .containsExactly(FieldProblem.of("kind", "workUnit.kind.unknown", "DESA"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "  "})
  void aMissingKindIsRequiredNotUnknown(String kind) {
    assertThat(WorkUnitRules.check(3, "X", "Unit X", kind, TOP))
        .containsExactly(FieldProblem.atLine(3, "kind", "workUnit.kind.required"));
    assertThat(WorkUnitRules.check(3, "X", "Unit X", null, TOP))
        .containsExactly(FieldProblem.atLine(3, "kind", "workUnit.kind.required"));
  }

  @Test
  void everyProblemOfARowIsReportedAtItsLine() {
    assertThat(WorkUnitRules.check(7, "", "", "DESA", TOP))
        .extracting(FieldProblem::line, FieldProblem::field)
        .containsExactly(tuple(7, "code"), tuple(7, "name"), tuple(7, "kind"));
  }

  @Test
  void aKelurahanMustSitUnderAKecamatan() {
    assertThat(WorkUnitRules.checkPlacement(0, WorkUnitKind.KELURAHAN, TOP))
        .containsExactly(
            FieldProblem.of(
                "parent",
                "workUnit.parent.required",
                WorkUnitKind.KELURAHAN,
                WorkUnitKind.KECAMATAN));
  }

  @Test
  void aKelurahanUnderAKecamatanIsPlaced() {
    assertThat(
            WorkUnitRules.checkPlacement(0, WorkUnitKind.KELURAHAN, under(WorkUnitKind.KECAMATAN)))
        .isEmpty();
  }

  @Test
  void aKelurahanUnderAnAgencyIsUnderTheWrongKind() {
    assertThat(WorkUnitRules.checkPlacement(0, WorkUnitKind.KELURAHAN, under(WorkUnitKind.OPD)))
        .containsExactly(
            FieldProblem.of(
                "parent",
                "workUnit.parent.wrongKind",
                WorkUnitKind.KELURAHAN,
                WorkUnitKind.KECAMATAN));
  }

  @Test
  void aUptMustSitUnderAnAgency() {
    assertThat(keys(WorkUnitRules.checkPlacement(0, WorkUnitKind.UPT, TOP)))
        .containsExactly("workUnit.parent.required");
    assertThat(WorkUnitRules.checkPlacement(0, WorkUnitKind.UPT, under(WorkUnitKind.OPD)))
        .isEmpty();
  }

  @Test
  void nothingSitsUnderAKelurahan() {
    assertThat(WorkUnitRules.checkPlacement(0, WorkUnitKind.OPD, under(WorkUnitKind.KELURAHAN)))
        .containsExactly(FieldProblem.of("parent", "workUnit.parent.leaf", WorkUnitKind.KELURAHAN));
  }

  @Test
  void aUnitCannotBePlacedUnderAnInactiveParent() {
    Optional<ParentView> inactive =
        Optional.of(new ParentView(UUID.randomUUID(), WorkUnitKind.KECAMATAN, false));

    assertThat(WorkUnitRules.checkPlacement(0, WorkUnitKind.KELURAHAN, inactive))
        .containsExactly(FieldProblem.of("parent", "workUnit.parent.inactive"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"OPD", "KECAMATAN", "BUMD"})
  void unitsWithoutARequiredParentMaySitAtTheTop(WorkUnitKind kind) {
    assertThat(WorkUnitRules.checkPlacement(0, kind, TOP)).isEmpty();
  }

  @Test
  void movingAUnitUnderItselfIsACycle() {
    UUID unit = UUID.randomUUID();

    assertThat(WorkUnitRules.wouldCycle(unit, unit, id -> null)).isTrue();
  }

  @Test
  void movingAUnitUnderItsOwnGrandchildIsACycle() {
    UUID unit = UUID.randomUUID();
    UUID child = UUID.randomUUID();
    UUID grandchild = UUID.randomUUID();
    Map<UUID, UUID> parentOf = new HashMap<>(Map.of(child, unit, grandchild, child));

    assertThat(WorkUnitRules.wouldCycle(unit, grandchild, parentOf::get)).isTrue();
  }

  @Test
  void movingAUnitUnderASiblingIsNoCycle() {
    UUID top = UUID.randomUUID();
    UUID unit = UUID.randomUUID();
    UUID sibling = UUID.randomUUID();
    Map<UUID, UUID> parentOf = new HashMap<>(Map.of(unit, top, sibling, top));

    assertThat(WorkUnitRules.wouldCycle(unit, sibling, parentOf::get)).isFalse();
  }

  @Test
  void aLoopAlreadyAboveTheNewParentEndsTheWalkAsACycle() {
    UUID unit = UUID.randomUUID();
    UUID a = UUID.randomUUID();
    UUID b = UUID.randomUUID();
    Map<UUID, UUID> parentOf = new HashMap<>(Map.of(a, b, b, a));

    assertThat(WorkUnitRules.wouldCycle(unit, a, parentOf::get)).isTrue();
  }
}
