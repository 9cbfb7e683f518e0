package id.klik.audit.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.klik.shared.domain.FieldProblem;
import id.klik.shared.domain.ValidationException;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class AuditQueryTest {

  private static final ZoneId WITA = ZoneId.of("Asia/Makassar");

  @Test
  void daysAreWholeDaysInTheTenantsZoneBothIncluded() {
    AuditQuery q = AuditQuery.of(null, null, "2026-12-01", "2026-12-01", WITA);

    assertThat(q.from()).isEqualTo(Instant.parse("2026-11-30T16:00:00Z"));
    assertThat(q.until()).isEqualTo(Instant.parse("2026-12-01T16:00:00Z"));
  }

  @Test
  void blankFiltersDoNotFilter() {
    assertThat(AuditQuery.of(" ", "", null, " ", WITA)).isEqualTo(AuditQuery.all());
  }

  @Test
  void theActorIsComparedWithoutCase() {
    assertThat(AuditQuery.of(" Admin.Pontianak ", "team", null, null, WITA).actor())
        .isEqualTo("admin.pontianak");
  }

  @Test
  void aDayThatCannotBeReadIsNamed() {
    assertThatThrownBy(() -> AuditQuery.of(null, null, "01/12/2026", "2026-13-01", WITA))
        .isInstanceOfSatisfying(
            ValidationException.class,
            e ->
                assertThat(e.problems())
                    .extracting(FieldProblem::field, FieldProblem::messageKey)
                    .containsExactly(
                        org.assertj.core.api.Assertions.tuple("from", "audit.date.bad"),
                        org.assertj.core.api.Assertions.tuple("to", "audit.date.bad")));
  }

  @Test
  void aLastDayBeforeTheFirstIsRefused() {
    assertThatThrownBy(() -> AuditQuery.of(null, null, "2026-12-02", "2026-12-01", WITA))
        .isInstanceOfSatisfying(
            ValidationException.class,
            e -> assertThat(e.problems().get(0).messageKey()).isEqualTo("audit.range.reversed"));
  }

  @Test
  void aNegativePageOrAnOversizedPageIsRefused() {
    assertThatThrownBy(() -> AuditQuery.checkPage(-1, 500, 200))
        .isInstanceOfSatisfying(
            ValidationException.class, e -> assertThat(e.problems()).hasSize(2));
  }

  @Test
  void anUnsetPageIsTheFirst() {
    AuditQuery.checkPage(null, null, 200);
    assertThat(AuditQuery.all().actor()).isNull();
  }
}
