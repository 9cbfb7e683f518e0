package id.klik.index.domain;

import java.time.LocalDate;

/**
 * The period in which an innovation must have been applied to count in a cycle (for 2026: first
 * implementation between 1 Jan 2024 and 31 Dec 2025, still to be verified). Either end may be open.
 *
 * <p>The index model does not carry a window yet, so the caller passes it with the assessment; once
 * the model has one ({@code window: {appliedFrom, appliedTo}} in the index-model schema and a
 * {@code Window} record in {@code IndexModelBody}), the formula should read it from there.
 */
public record ApplicationWindow(LocalDate from, LocalDate to) {

  public boolean contains(LocalDate applied) {
    if (applied == null) {
      return false;
    }
    return (from == null || !applied.isBefore(from)) && (to == null || !applied.isAfter(to));
  }
}
