package id.klik.program.domain;

/**
 * When a team has completed a program, by the blueprint's format: an academy asks a team to be
 * present (at least one of its members) at two thirds of the held sessions, rounded up (two of
 * three main meetings); every other format asks for every held session. Cancelled sessions and
 * windows do not count.
 */
public record CompletionRule(int numerator, int denominator) {

  public enum Status {
    /** The team met the rule. */
    COMPLETE,
    /** Not yet, but the sessions still ahead can make it. */
    IN_PROGRESS,
    /** The sessions still ahead can no longer make it. */
    INCOMPLETE
  }

  public CompletionRule {
    if (denominator < 1 || numerator < 1 || numerator > denominator) {
      throw new IllegalArgumentException(
          "a share between 0 and 1: " + numerator + "/" + denominator);
    }
  }

  public static CompletionRule forFormat(String format) {
    return "academy".equals(format) ? new CompletionRule(2, 3) : new CompletionRule(1, 1);
  }

  /** How many of {@code sessions} held sessions a team must attend. */
  public int required(int sessions) {
    if (sessions <= 0) {
      return 0;
    }
    return (sessions * numerator + denominator - 1) / denominator;
  }

  /**
   * @param sessions every held (not cancelled) session of the program
   * @param attended those the team was present at
   * @param ahead those not held yet
   */
  public Status status(int sessions, int attended, int ahead) {
    int needed = required(sessions);
    if (sessions > 0 && attended >= needed) {
      return Status.COMPLETE;
    }
    return attended + ahead >= needed && ahead > 0 ? Status.IN_PROGRESS : Status.INCOMPLETE;
  }
}
