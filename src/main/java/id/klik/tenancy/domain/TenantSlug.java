package id.klik.tenancy.domain;

import java.util.regex.Pattern;

/**
 * A tenant's short name: in URLs ({@code /t/pontianak/}), host names, the Keycloak organization
 * alias and, with a prefix, its PostgreSQL schema name.
 */
public record TenantSlug(String value) {

  private static final Pattern FORMAT = Pattern.compile("[a-z][a-z0-9-]{1,38}[a-z0-9]");

  public TenantSlug {
    if (value == null || !FORMAT.matcher(value).matches()) {
      throw new IllegalArgumentException("not a tenant slug: " + value);
    }
  }

  public static boolean isValid(String value) {
    return value != null && FORMAT.matcher(value).matches();
  }

  /** The schema holding the tenant's data; the prefix keeps it apart from PostgreSQL's own. */
  public String schemaName() {
    return "t_" + value.replace('-', '_');
  }

  @Override
  public String toString() {
    return value;
  }
}
