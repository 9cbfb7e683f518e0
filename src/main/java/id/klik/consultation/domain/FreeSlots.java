package id.klik.consultation.domain;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * A mentor's offered slots less what is booked. A booked consultation takes every offered slot it
 * overlaps, whichever zone either was written in: the comparison is on instants.
 */
public final class FreeSlots {

  private FreeSlots() {}

  /** The offered slots that overlap no booked one, in the offered order. */
  public static List<Slot> free(List<Slot> offered, Collection<Slot> booked) {
    return offered.stream().filter(s -> conflict(s, booked).isEmpty()).toList();
  }

  /** The first booked slot the candidate overlaps, if any. */
  public static Optional<Slot> conflict(Slot candidate, Collection<Slot> booked) {
    return booked.stream().filter(candidate::overlaps).sorted().findFirst();
  }
}
