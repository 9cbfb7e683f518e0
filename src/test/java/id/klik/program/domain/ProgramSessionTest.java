package id.klik.program.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.klik.shared.domain.ValidationException;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ProgramSessionTest {

  private static final ZoneId PONTIANAK = ZoneId.of("Asia/Pontianak");
  private static final ZonedDateTime NINE = ZonedDateTime.of(2026, 1, 5, 9, 0, 0, 0, PONTIANAK);

  private static ProgramSession session() {
    return new ProgramSession(
        UUID.randomUUID(),
        0,
        "meeting-1",
        SessionKind.SESSION,
        "Main meeting 1",
        NINE,
        NINE.plusHours(3));
  }

  @Test
  void aNewSessionIsAtSequenceZeroWithAStableUid() {
    ProgramSession s = session();

    assertThat(s.sequence()).isZero();
    assertThat(s.calendarUid()).isEqualTo("program-session-" + s.id() + "@klik");
  }

  @Test
  void movingASessionRaisesTheSequenceAndKeepsTheUid() {
    ProgramSession s = session();
    String uid = s.calendarUid();

    boolean moved =
        s.change(
            "Main meeting 1", NINE.plusDays(1), NINE.plusDays(1).plusHours(3), null, null, null);

    assertThat(moved).isTrue();
    assertThat(s.sequence()).isEqualTo(1);
    assertThat(s.calendarUid()).isEqualTo(uid);
  }

  @Test
  void savingTheSameSessionAgainChangesNothing() {
    ProgramSession s = session();

    boolean moved = s.change("Main meeting 1", NINE, NINE.plusHours(3), null, null, null);

    assertThat(moved).isFalse();
    assertThat(s.sequence()).isZero();
  }

  @Test
  void aNewPlaceIsAChangeButNoMove() {
    ProgramSession s = session();

    boolean moved = s.change("Main meeting 1", NINE, NINE.plusHours(3), "Aula Bappeda", null, null);

    assertThat(moved).isFalse();
    assertThat(s.sequence()).isEqualTo(1);
  }

  @Test
  void cancellingRaisesTheSequenceOnce() {
    ProgramSession s = session();

    assertThat(s.cancel()).isTrue();
    assertThat(s.cancel()).isFalse();
    assertThat(s.sequence()).isEqualTo(1);
    assertThat(s.cancelled()).isTrue();
  }

  @Test
  void aSessionEndsAfterItStartsAndItsLinkIsAWebAddress() {
    ProgramSession s = session();

    assertThatThrownBy(
            () -> s.change("x", NINE, NINE.minusHours(1), null, "zoom.example/123", null))
        .isInstanceOf(ValidationException.class)
        .satisfies(
            e ->
                assertThat(((ValidationException) e).problems())
                    .extracting(p -> p.field())
                    .containsExactly("end", "onlineLink"));
  }
}
