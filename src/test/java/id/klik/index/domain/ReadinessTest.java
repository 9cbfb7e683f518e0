package id.klik.index.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ReadinessTest {

  private static Readiness.Facts complete(List<Integer> unproven) {
    return new Readiness.Facts(List.of(), 300, true, true, unproven);
  }

  @Test
  void aCompleteProfileWithEveryClaimedLevelProvenIsGreen() {
    Readiness.Verdict verdict = Readiness.check(complete(List.of()));

    assertThat(verdict.light()).isEqualTo(ReadinessLight.GREEN);
    assertThat(verdict.missing()).isEmpty();
  }

  @Test
  void onlyEvidenceMissingIsYellowAndNamesEachIndicator() {
    Readiness.Verdict verdict = Readiness.check(complete(List.of(16, 35)));

    assertThat(verdict.light()).isEqualTo(ReadinessLight.YELLOW);
    assertThat(verdict.missing())
        .extracting(Readiness.Missing::code, m -> m.args().get(0))
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("index.ready.evidence", 16),
            org.assertj.core.groups.Tuple.tuple("index.ready.evidence", 35));
  }

  @Test
  void aNarrativeOf299WordsIsRedAnd300IsEnough() {
    assertThat(Readiness.check(new Readiness.Facts(List.of(), 299, true, true, List.of())).light())
        .isEqualTo(ReadinessLight.RED);
    assertThat(Readiness.check(new Readiness.Facts(List.of(), 300, true, true, List.of())).light())
        .isEqualTo(ReadinessLight.GREEN);
  }

  @Test
  void anEmptyRequiredFieldNoVideoOrAnApplicationOutsideTheWindowIsRedWhateverTheEvidence() {
    Readiness.Verdict verdict =
        Readiness.check(new Readiness.Facts(List.of("goals"), 420, false, false, List.of(16)));

    assertThat(verdict.light()).isEqualTo(ReadinessLight.RED);
    assertThat(verdict.missing())
        .extracting(Readiness.Missing::code)
        .containsExactly(
            "index.ready.field", "index.ready.video", "index.ready.window", "index.ready.evidence");
  }
}
