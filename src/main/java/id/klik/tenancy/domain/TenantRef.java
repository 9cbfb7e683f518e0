package id.klik.tenancy.domain;

import java.util.Locale;

/** The facts about a tenant a request needs, as held in the registry. */
public record TenantRef(
    String slug,
    String schema,
    String name,
    TenantKind kind,
    String regionCode,
    TenantStatus status,
    String locale,
    RegionTimeZone timeZone) {

  public Locale defaultLocale() {
    return id.klik.shared.domain.Messages.localeOf(locale);
  }
}
