package id.klik.mail.infrastructure;

import id.klik.mail.domain.MailLanguage;
import id.klik.mail.domain.MailTemplate;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Mail templates from the class path: {@code id/klik/mail/<key>_<language>.txt}, one file per
 * language, read once. Every template exists in every supported language (a test checks), so a
 * recipient never gets another language's text by accident.
 */
public final class MailTemplates {

  private static final Map<String, MailTemplate> CACHE = new ConcurrentHashMap<>();

  private MailTemplates() {}

  public static MailTemplate find(String key, String language) {
    if (!key.matches("[a-z][a-z0-9-]*")) {
      throw new IllegalArgumentException("bad mail template key: " + key);
    }
    String file = "id/klik/mail/" + key + "_" + MailLanguage.of(language) + ".txt";
    return CACHE.computeIfAbsent(file, f -> MailTemplate.parse(key, read(f)));
  }

  private static String read(String file) {
    try (InputStream in = MailTemplates.class.getClassLoader().getResourceAsStream(file)) {
      if (in == null) {
        throw new IllegalArgumentException("no mail template " + file);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new IllegalStateException("cannot read mail template " + file, e);
    }
  }
}
