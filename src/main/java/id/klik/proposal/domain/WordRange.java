package id.klik.proposal.domain;

/**
 * Where a comment points inside a section: words {@code start} to {@code end}, both included,
 * numbered as {@link Words} numbers them.
 */
public record WordRange(int start, int end) {

  public WordRange {
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("range " + start + ".." + end);
    }
  }

  /** The quoted words, or null when the text no longer reaches that far. */
  public String quote(String[] words) {
    if (end >= words.length) {
      return null;
    }
    return String.join(" ", java.util.Arrays.copyOfRange(words, start, end + 1));
  }

  /**
   * The same words in a later text of the section: moved with the text before them, as long as
   * every word of the range is kept unchanged; empty when any of them was removed or something was
   * written between them (the comment then keeps its quote, without a place).
   */
  public java.util.Optional<WordRange> follow(WordDiff diff) {
    int[] after = diff.positionsAfter();
    if (end >= after.length) {
      return java.util.Optional.empty();
    }
    int first = after[start];
    for (int i = start; i <= end; i++) {
      if (after[i] != first + (i - start)) {
        return java.util.Optional.empty();
      }
    }
    return java.util.Optional.of(new WordRange(first, first + (end - start)));
  }
}
