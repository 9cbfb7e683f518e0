package id.klik.mail.domain;

import java.util.List;
import java.util.Locale;

/**
 * The languages mail templates exist in. A recipient's language tag is narrowed to one of them;
 * anything else gets Bahasa Indonesia, the regions' default.
 */
public final class MailLanguage {

  public static final String DEFAULT = "id";
  public static final List<String> SUPPORTED = List.of("id", "en");

  private MailLanguage() {}

  public static String of(String tag) {
    if (tag == null || tag.isBlank()) {
      return DEFAULT;
    }
    String language = Locale.forLanguageTag(tag.replace('_', '-')).getLanguage();
    return SUPPORTED.contains(language) ? language : DEFAULT;
  }
}
