package id.klik.shared.domain;

import java.util.OptionalInt;

/**
 * Control characters in text a person sends: a NUL, a bell, an escape. They are never meant, are
 * invisible on screen, and PostgreSQL refuses a NUL in text outright, so they are refused where
 * text enters the app instead of failing when the change is written. Tab, line feed and carriage
 * return are ordinary text.
 */
public final class ControlCharacters {

  private ControlCharacters() {}

  public static boolean isControl(int codePoint) {
    return (codePoint < 0x20 && codePoint != '\t' && codePoint != '\n' && codePoint != '\r')
        || codePoint == 0x7F;
  }

  /** The index of the first control character in the text, if any. */
  public static OptionalInt firstIn(CharSequence text) {
    if (text == null) {
      return OptionalInt.empty();
    }
    for (int i = 0; i < text.length(); i++) {
      if (isControl(text.charAt(i))) {
        return OptionalInt.of(i);
      }
    }
    return OptionalInt.empty();
  }

  /** The 1-based line of a position in a text, for messages about files. */
  public static int lineOf(CharSequence text, int index) {
    int line = 1;
    for (int i = 0; i < index && i < text.length(); i++) {
      if (text.charAt(i) == '\n') {
        line++;
      }
    }
    return line;
  }

  /** How a character is named in messages, e.g. {@code U+0000}. */
  public static String name(char c) {
    return String.format("U+%04X", (int) c);
  }
}
