package id.klik.guideline.domain;

import id.klik.shared.domain.LocalizedText;
import java.time.Instant;
import java.util.Locale;

/**
 * Where a tenant's template comes from: the published version it is based on, and by whom, shown as
 * "berdasarkan KLIK Pontianak 2024.1" / "based on KLIK Pontianak 2024.1".
 *
 * @param publisherTenant null when the source is a KLIK built-in template
 */
public record Provenance(
    TemplateRef source,
    LocalizedText sourceTitle,
    String publisherTenant,
    LocalizedText publisherName,
    Instant adoptedAt) {

  public String describe(Locale locale) {
    boolean indonesian =
        locale != null && ("id".equals(locale.getLanguage()) || "in".equals(locale.getLanguage()));
    String title = sourceTitle.in(locale) + " " + source.version();
    return (indonesian ? "berdasarkan " : "based on ") + title;
  }
}
