package id.klik.shared.domain;

import java.util.List;

/**
 * A message key with its arguments, said in the user's language when the message around it is: an
 * argument of a message that itself needs translating (e.g. the "template draft" of "template draft
 * 42 was not found"), so that no English word is built into a domain exception.
 *
 * @param fallback what to say when the bundle has no text for the key (better a plain word than the
 *     key itself); {@code MessagesTest} makes sure the texts exist
 */
public record Phrase(String key, String fallback, List<Object> args) {

  public static Phrase of(String key, Object... args) {
    return new Phrase(key, null, List.of(args));
  }

  public static Phrase orElse(String key, String fallback) {
    return new Phrase(key, fallback, List.of());
  }
}
