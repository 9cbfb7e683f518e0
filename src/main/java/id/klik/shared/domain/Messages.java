package id.klik.shared.domain;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** Texts in Bahasa Indonesia (the default) and English, from {@code id/klik/i18n/messages}. */
public final class Messages {

  public static final Locale INDONESIAN = Locale.forLanguageTag("id");
  private static final String BUNDLE = "id.klik.i18n.messages";

  private Messages() {}

  public static String get(Locale locale, String key, Object... args) {
    Locale effective = "en".equals(locale.getLanguage()) ? Locale.ENGLISH : INDONESIAN;
    try {
      ResourceBundle bundle =
          ResourceBundle.getBundle(
              BUNDLE,
              effective,
              ResourceBundle.Control.getNoFallbackControl(
                  ResourceBundle.Control.FORMAT_PROPERTIES));
      return new MessageFormat(bundle.getString(key), effective).format(args);
    } catch (MissingResourceException e) {
      return key;
    }
  }

  public static Locale localeOf(String languageTag) {
    return languageTag != null && languageTag.toLowerCase(Locale.ROOT).startsWith("en")
        ? Locale.ENGLISH
        : INDONESIAN;
  }
}
