package id.klik.shared.yaml;

import java.util.Locale;
import java.util.Objects;

/**
 * One thing wrong with a YAML file, located so that a person can find and fix it.
 *
 * @param file the file name as shown to the person, e.g. {@code tenant.yaml}
 * @param line 1-based line number; 0 when the problem concerns the file as a whole
 * @param field the field's path in the document, e.g. {@code phases[0].steps[2].title}; empty for
 *     the document itself
 * @param messageId the message in Bahasa Indonesia
 * @param messageEn the message in English
 */
public record YamlProblem(String file, int line, String field, String messageId, String messageEn) {

  public YamlProblem {
    Objects.requireNonNull(file, "file");
    field = field == null ? "" : field;
    Objects.requireNonNull(messageId, "messageId");
    Objects.requireNonNull(messageEn, "messageEn");
  }

  /** Bahasa Indonesia for the {@code id} language, English for every other locale. */
  public String message(Locale locale) {
    return isIndonesian(locale) ? messageId : messageEn;
  }

  /**
   * The problem as one sentence, e.g. {@code tenant.yaml, baris 4, kolom 'regionCode': ...} or
   * {@code tenant.yaml, line 4, field 'regionCode': ...}.
   */
  public String format(Locale locale) {
    boolean indonesian = isIndonesian(locale);
    StringBuilder text = new StringBuilder(file);
    if (line > 0) {
      text.append(indonesian ? ", baris " : ", line ").append(line);
    }
    if (!field.isEmpty()) {
      text.append(indonesian ? ", kolom '" : ", field '").append(field).append('\'');
    }
    return text.append(": ").append(message(locale)).toString();
  }

  private static boolean isIndonesian(Locale locale) {
    // "in" is the legacy ISO code Java still returns for Indonesian on some paths
    return locale != null
        && ("id".equals(locale.getLanguage()) || "in".equals(locale.getLanguage()));
  }
}
