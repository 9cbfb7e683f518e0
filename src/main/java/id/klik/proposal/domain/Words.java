package id.klik.proposal.domain;

import java.util.regex.Pattern;

/**
 * A text as the diff and the comment anchors see it: the runs of characters between white space,
 * numbered from 0. Punctuation stays with its word, so a changed comma changes one word.
 */
public final class Words {

  private static final Pattern SPACE = Pattern.compile("\\s+");
  private static final String[] NONE = new String[0];

  private Words() {}

  public static String[] of(String text) {
    if (text == null || text.isBlank()) {
      return NONE;
    }
    return SPACE.split(text.strip());
  }
}
