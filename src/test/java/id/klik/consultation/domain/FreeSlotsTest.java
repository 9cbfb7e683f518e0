package id.klik.consultation.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class FreeSlotsTest {

  static Slot at(String start, int minutes) {
    return Slot.of(Instant.parse(start), minutes);
  }

  @Test
  void aBookedSlotTakesEveryOfferedSlotItOverlaps() {
    List<Slot> offered =
        List.of(
            at("2026-12-07T02:00:00Z", 60),
            at("2026-12-07T03:00:00Z", 60),
            at("2026-12-07T04:00:00Z", 60));
    // booked in another tenant in WITA: 11:30–12:30 WITA = 03:30–04:30 UTC
    List<Slot> booked = List.of(at("2026-12-07T03:30:00Z", 60));

    assertThat(FreeSlots.free(offered, booked)).containsExactly(at("2026-12-07T02:00:00Z", 60));
  }

  @Test
  void touchingSlotsDoNotConflict() {
    Slot nine = at("2026-12-07T02:00:00Z", 60);
    Slot ten = at("2026-12-07T03:00:00Z", 60);

    assertThat(nine.overlaps(ten)).isFalse();
    assertThat(FreeSlots.conflict(ten, List.of(nine))).isEmpty();
    assertThat(FreeSlots.conflict(at("2026-12-07T02:59:00Z", 30), List.of(nine, ten)))
        .contains(nine);
  }

  @Test
  void theSameSlotConflictsWithItself() {
    Slot s = at("2026-12-07T02:00:00Z", 60);
    assertThat(FreeSlots.conflict(s, List.of(s))).contains(s);
  }
}
