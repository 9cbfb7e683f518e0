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
      return new MessageFormat(bundle.getString(key), effective).format(said(locale, args));
    } catch (MissingResourceException e) {
      return key;
    }
  }

  /** The arguments with every {@link Phrase} among them said in the locale. */
  private static Object[] said(Locale locale, Object[] args) {
    Object[] out = args.clone();
    for (int i = 0; i < out.length; i++) {
      if (out[i] instanceof Phrase p) {
        String text = get(locale, p.key(), p.args().toArray());
        out[i] = text.equals(p.key()) && p.fallback() != null ? p.fallback() : text;
      }
    }
    return out;
  }

  public static Locale localeOf(String languageTag) {
    return languageTag != null && languageTag.toLowerCase(Locale.ROOT).startsWith("en")
        ? Locale.ENGLISH
        : INDONESIAN;
  }
}
