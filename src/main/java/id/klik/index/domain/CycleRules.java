package id.klik.index.domain;

import id.klik.shared.domain.ValidationException;
import java.time.LocalDate;

/**
 * The rules of a yearly cycle that hold whatever the model: an innovation is entered in at most two
 * cycles (confirmed for 2024), and by default only innovations first applied in the two years
 * before the model's year count (for 2026: 1 Jan 2024 – 31 Dec 2025); the window is the admin's to
 * correct.
 */
public final class CycleRules {

  /** How many cycles one innovation may be entered in. */
  public static final int MAX_ENTRIES = 2;

  private CycleRules() {}

  /** 1 January two years before the model's year to 31 December of the year before. */
  public static ApplicationWindow defaultWindow(int modelYear) {
    return new ApplicationWindow(
        LocalDate.of(modelYear - 2, 1, 1), LocalDate.of(modelYear - 1, 12, 31));
  }

  /**
   * @param otherCycles the cycles (other than this one) the innovation is entered in already
   * @throws ValidationException when a third entry is asked for
   */
  public static void requireEnterable(int otherCycles) {
    if (otherCycles >= MAX_ENTRIES) {
      throw ValidationException.of("innovationId", "index.enteredTwice", MAX_ENTRIES);
    }
  }

  /**
   * @throws ValidationException when the window ends before it starts
   */
  public static ApplicationWindow window(LocalDate from, LocalDate to) {
    if (from != null && to != null && to.isBefore(from)) {
      throw ValidationException.of("windowTo", "index.windowOrder", from, to);
    }
    return new ApplicationWindow(from, to);
  }
}
