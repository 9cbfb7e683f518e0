package id.klik.guideline.domain.edit;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Set;

/**
 * Ids for new items, made from their Indonesian text: "Rapat perdana" becomes {@code
 * rapat-perdana}. Short enough to read, and never one already taken in the item's list.
 */
final class ElementIds {

  static final int MAX_LENGTH = 40;

  private ElementIds() {}

  /** Lowercase ASCII words joined by hyphens, cut at a word end within {@link #MAX_LENGTH}. */
  static String slug(String text) {
    String ascii =
        Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFD)
            .replaceAll("\\p{M}", "")
            .toLowerCase(Locale.ROOT);
    String slug = ascii.replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
    if (slug.length() <= MAX_LENGTH) {
      return slug;
    }
    String head = slug.substring(0, MAX_LENGTH + 1);
    int wordEnd = head.lastIndexOf('-');
    return wordEnd > 0 ? head.substring(0, wordEnd) : slug.substring(0, MAX_LENGTH);
  }

  /**
   * The slug of the text, or the fallback when the text has no letters or digits, with {@code -2},
   * {@code -3}, ... when taken; the id is added to {@code taken}.
   */
  static String unique(String text, String fallback, Set<String> taken) {
    String base = slug(text);
    if (base.isEmpty()) {
      base = fallback;
    }
    String id = base;
    for (int n = 2; taken.contains(id); n++) {
      id = base + "-" + n;
    }
    taken.add(id);
    return id;
  }
}
