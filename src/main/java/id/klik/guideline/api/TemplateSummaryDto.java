package id.klik.guideline.api;

import id.klik.guideline.domain.PublishedTemplate;
import id.klik.guideline.domain.TemplateHeader;
import java.util.Locale;

/** A published template version as the catalog lists it, texts in the caller's language. */
public record TemplateSummaryDto(
    String id,
    String version,
    String kind,
    String title,
    String summary,
    String publisher,
    String source,
    String basedOn) {

  static TemplateSummaryDto of(PublishedTemplate p, Locale locale) {
    TemplateHeader h = p.template().header();
    return new TemplateSummaryDto(
        h.id(),
        h.version().toString(),
        h.kind().name(),
        h.title().in(locale),
        h.summary() == null ? null : h.summary().in(locale),
        h.publisher().tenantSlug().orElse("klik"),
        h.source() == null ? null : h.source().in(locale),
        h.basedOnRef().map(Object::toString).orElse(null));
  }
}
