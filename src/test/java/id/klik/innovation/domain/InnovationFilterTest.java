package id.klik.innovation.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.klik.shared.domain.FieldProblem;
import id.klik.shared.domain.ValidationException;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class InnovationFilterTest {

  private static final UUID UNIT = UUID.fromString("00000000-0000-0000-0000-000000000001");

  private static InnovationFilter parse(InnovationFilter.Raw raw) {
    return InnovationFilter.parse(
        raw,
        Set.of("kesehatan", "pendidikan")::contains,
        code -> code.equals("DINKES") ? Optional.of(UNIT) : Optional.empty());
  }

  private static InnovationFilter.Raw raw(
      String q,
      List<String> stage,
      List<String> affair,
      List<String> unit,
      List<String> year,
      String shared) {
    return new InnovationFilter.Raw(q, stage, null, null, affair, unit, null, year, null, shared);
  }

  @Test
  void aTeamsFilterNamesOnlyThatTeam() {
    UUID team = UUID.randomUUID();

    InnovationFilter f = InnovationFilter.ofTeam(team);

    assertThat(f.teamIds()).containsExactly(team);
    assertThat(f.text()).isNull();
    assertThat(f.stages()).isEmpty();
    assertThat(f.workUnitIds()).isEmpty();
    assertThat(f.shared()).isNull();
  }

  @Test
  void noParametersFilterNothing() {
    InnovationFilter f = parse(raw(null, null, null, null, null, null));

    assertThat(f.narrows()).isFalse();
  }

  @Test
  void codesAreReadWithoutCaseAndCommaSeparatedValuesAreAlternatives() {
    InnovationFilter f =
        parse(raw(" layanan ", List.of("Inisiatif,uji-coba"), null, null, null, "TRUE"));

    assertThat(f.text()).isEqualTo("layanan");
    assertThat(f.stages()).containsExactlyInAnyOrder("inisiatif", "uji-coba");
    assertThat(f.shared()).isTrue();
  }

  @Test
  void aWorkUnitIsNamedByIdOrByCode() {
    UUID other = UUID.randomUUID();
    InnovationFilter f =
        parse(raw(null, null, null, List.of("DINKES", other.toString()), null, null));

    assertThat(f.workUnitIds()).containsExactlyInAnyOrder(UNIT, other);
  }

  @Test
  void anUnknownStageIsRefusedNamingTheValueAndTheCodes() {
    assertThatThrownBy(() -> parse(raw(null, List.of("selesai"), null, null, null, null)))
        .isInstanceOfSatisfying(
            ValidationException.class,
            e ->
                assertThat(e.problems())
                    .containsExactly(
                        FieldProblem.of(
                            "stage",
                            "innovation.search.codeUnknown",
                            "stage",
                            "selesai",
                            "inisiatif, uji-coba, penerapan")));
  }

  @Test
  void everyBadParameterIsNamedAtOnce() {
    assertThatThrownBy(
            () ->
                parse(
                    raw(
                        "x".repeat(201),
                        null,
                        List.of("pariwisata"),
                        List.of("NOPE"),
                        List.of("20x4", "1900"),
                        "yes")))
        .isInstanceOfSatisfying(
            ValidationException.class,
            e ->
                assertThat(e.problems())
                    .extracting(FieldProblem::field)
                    .containsExactly("q", "affair", "workUnit", "year", "year", "shared"));
  }

  @Test
  void aYearIsFourDigitsInARange() {
    InnovationFilter f = parse(raw(null, null, null, null, List.of("2024"), null));

    assertThat(f.years()).containsExactly(2024);
  }
}
