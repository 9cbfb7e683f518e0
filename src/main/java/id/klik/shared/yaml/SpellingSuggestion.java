package id.klik.shared.yaml;

import java.util.Iterator;

/** Finds the field a person probably meant when they misspelled one ("titel" → "title"). */
final class SpellingSuggestion {

  private SpellingSuggestion() {}

  /** The closest name at most two edits away, or null. */
  static String closest(String property, Iterator<String> names) {
    String best = null;
    int bestDistance = 3; // more than two edits away is a different word, not a typo
    while (names.hasNext()) {
      String name = names.next();
      int distance = editDistance(property.toLowerCase(), name.toLowerCase());
      if (distance < bestDistance) {
        best = name;
        bestDistance = distance;
      }
    }
    return best;
  }

  private static int editDistance(String a, String b) {
    int[] previous = new int[b.length() + 1];
    int[] current = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      current[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
        current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return previous[b.length()];
  }
}
