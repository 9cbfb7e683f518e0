package id.klik.tenancy.domain;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The facts about a tenant a request needs, as held in the registry.
 *
 * @param modules the modules the tenant enabled
 * @param primaryColor the branding colour from the manifest ({@code #RRGGBB}), or null
 * @param logo the manifest's logo as a {@code data:} URI, or null
 */
public record TenantRef(
    String slug,
    String schema,
    String name,
    TenantKind kind,
    String regionCode,
    TenantStatus status,
    String locale,
    RegionTimeZone timeZone,
    Set<TenantModule> modules,
    String primaryColor,
    String logo) {

  public TenantRef {
    modules =
        modules == null || modules.isEmpty()
            ? EnumSet.allOf(TenantModule.class)
            : EnumSet.copyOf(modules);
  }

  /** A tenant with every module enabled and no branding of its own. */
  public TenantRef(
      String slug,
      String schema,
      String name,
      TenantKind kind,
      String regionCode,
      TenantStatus status,
      String locale,
      RegionTimeZone timeZone) {
    this(slug, schema, name, kind, regionCode, status, locale, timeZone, null, null, null);
  }

  public boolean enabled(TenantModule module) {
    return modules.contains(module);
  }

  public Optional<String> logoUri() {
    return Optional.ofNullable(logo);
  }

  public Optional<String> brandColor() {
    return Optional.ofNullable(primaryColor);
  }

  public Locale defaultLocale() {
    return id.klik.shared.domain.Messages.localeOf(locale);
  }
}
