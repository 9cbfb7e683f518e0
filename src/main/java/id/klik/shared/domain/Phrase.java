package id.klik.shared.domain;

import java.util.List;

/**
 * A message key with its arguments, said in the user's language when the message around it is: an
 * argument of a message that itself needs translating (e.g. the "template draft" of "template draft
 * 42 was not found"), so that no English word is built into a domain exception.
 */
public record Phrase(String key, List<Object> args) {

  public static Phrase of(String key, Object... args) {
    return new Phrase(key, List.of(args));
  }
}
