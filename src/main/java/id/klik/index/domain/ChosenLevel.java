package id.klik.index.domain;

import id.klik.shared.domain.ValidationException;

/**
 * The parameter level chosen for one measure (0 = nothing claimed) and whether the evidence that
 * proves that level is attached. The declared estimate counts every chosen level, the evidenced
 * estimate only those with their evidence.
 */
public record ChosenLevel(int level, boolean evidenced) {

  /** The highest level any model could have; a model's own maximum is checked by the formula. */
  static final int CEILING = 9;

  public ChosenLevel {
    if (level < 0 || level > CEILING) {
      throw ValidationException.of("level", "error.index.level", level);
    }
  }

  public static ChosenLevel declared(int level) {
    return new ChosenLevel(level, false);
  }

  public static ChosenLevel proven(int level) {
    return new ChosenLevel(level, true);
  }

  /** The level that counts in the evidenced estimate: the chosen one when proven, else 0. */
  int evidencedLevel() {
    return evidenced ? level : 0;
  }
}
