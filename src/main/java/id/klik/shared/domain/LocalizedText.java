package id.klik.shared.domain;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Locale;
import java.util.Objects;

/**
 * A text written in Bahasa Indonesia and, optionally, English. In a template file it is either a
 * plain string (Indonesian only) or {@code {id: ..., en: ...}}.
 */
public record LocalizedText(String id, String en) {

  public LocalizedText {
    Objects.requireNonNull(id, "id");
  }

  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  public static LocalizedText of(String indonesian) {
    return new LocalizedText(indonesian, null);
  }

  @JsonCreator(mode = JsonCreator.Mode.PROPERTIES)
  public static LocalizedText of(
      @JsonProperty("id") String indonesian, @JsonProperty("en") String english) {
    return new LocalizedText(indonesian, english);
  }

  /** The English text when asked for and present; Bahasa Indonesia otherwise. */
  public String in(Locale locale) {
    boolean english =
        locale != null && !"id".equals(locale.getLanguage()) && !"in".equals(locale.getLanguage());
    return english && en != null ? en : id;
  }
}
