package id.klik.consultation.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.klik.shared.domain.ConflictException;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ConsultationTest {

  final Instant nine = Instant.parse("2026-12-07T02:00:00Z");

  Consultation requested() {
    return new Consultation(
        UUID.randomUUID(), null, "Prototype", "mentor.nasional", true, List.of(nine), 60, "x");
  }

  @Test
  void confirmMoveAndCancelRaiseTheSequence() {
    Consultation c = requested();
    c.confirm(Slot.of(nine, 60), "mentor.nasional");
    assertThat(c.status()).isEqualTo(ConsultationStatus.CONFIRMED);
    assertThat(c.sequence()).isEqualTo(1);
    c.move(Slot.of(nine.plusSeconds(3600), 60), "admin");
    assertThat(c.sequence()).isEqualTo(2);
    assertThat(c.slot().orElseThrow().start()).isEqualTo(nine.plusSeconds(3600));
    c.cancel("admin");
    assertThat(c.status()).isEqualTo(ConsultationStatus.CANCELLED);
    assertThat(c.sequence()).isEqualTo(3);
  }

  @Test
  void aConfirmedConsultationIsNotConfirmedAgain() {
    Consultation c = requested();
    c.confirm(Slot.of(nine, 60), "m");
    assertThatThrownBy(() -> c.confirm(Slot.of(nine, 60), "m"))
        .isInstanceOf(ConflictException.class);
  }

  @Test
  void notesNeedAConfirmedConsultation() {
    Consultation c = requested();
    assertThatThrownBy(() -> c.writeNotes("n", null)).isInstanceOf(ConflictException.class);
    c.confirm(Slot.of(nine, 60), "m");
    c.writeNotes("  went well ", " ");
    assertThat(c.notes()).isEqualTo("went well");
    assertThat(c.followUp()).isNull();
    assertThat(c.preferred()).containsExactly(nine);
  }
}
