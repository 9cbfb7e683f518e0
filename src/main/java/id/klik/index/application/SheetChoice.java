package id.klik.index.application;

import java.util.UUID;

/**
 * The level chosen for one measure (of the region, or of one innovation) with its evidence.
 *
 * @param innovationId null for a region measure
 * @param evidenced the evidence is attached and is the innovation's own (or a region item)
 * @param carried carried over from the previous cycle and not yet re-confirmed
 * @param derived set when the product knows the level itself (e.g. Replikasi); the level that
 *     counts is then the higher of the chosen and the derived one
 */
public record SheetChoice(
    UUID innovationId,
    String measureId,
    int level,
    UUID evidenceId,
    String evidenceTitle,
    boolean evidenced,
    boolean carried,
    DerivedLevel derived) {

  /**
   * A level the product derives, and from what.
   *
   * @param source {@code replications} (confirmed replications by other regions)
   * @param count what was counted (e.g. 2 regions)
   */
  public record DerivedLevel(int level, String source, long count) {}

  /** The level that counts: the chosen one, or the derived one where higher. */
  public int effectiveLevel() {
    return derived == null ? level : Math.max(level, derived.level());
  }

  /** Whether the effective level is proven. */
  public boolean effectiveEvidenced() {
    if (derived != null && derived.level() >= level && derived.level() > 0) {
      return true;
    }
    return evidenced;
  }
}
