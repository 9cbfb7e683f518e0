package id.klik.guideline.api;

import id.klik.guideline.domain.PublishedTemplate;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

/**
 * A version this tenant published, with who may see it; only the publisher reads the chosen list.
 *
 * @param tenants the chosen tenants, empty when {@code allTenants}
 */
public record PublishedDto(
    String id,
    String version,
    String kind,
    String title,
    boolean allTenants,
    List<String> tenants,
    Instant publishedAt) {

  static PublishedDto of(PublishedTemplate p, Locale locale) {
    return new PublishedDto(
        p.ref().templateId(),
        p.template().header().version().toString(),
        p.template().kind().name(),
        p.template().header().title().in(locale),
        p.visibility().everyTenant(),
        p.visibility().tenants().stream().sorted().toList(),
        p.publishedAt());
  }
}
