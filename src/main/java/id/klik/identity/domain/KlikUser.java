package id.klik.identity.domain;

import java.util.Set;

/**
 * A person as a validated Keycloak token describes them.
 *
 * @param organizations aliases of the Keycloak organizations in the token (tenant slugs)
 * @param realmRoles platform roles, e.g. {@code platform-admin}, {@code national-mentor}
 */
public record KlikUser(
    String subject,
    String username,
    String email,
    String name,
    Set<String> organizations,
    Set<String> realmRoles)
    implements java.io.Serializable {

  public static final String PLATFORM_ADMIN = "platform-admin";

  /** A mentor at national level who works in the tenants that accepted them. */
  public static final String NATIONAL_MENTOR = "national-mentor";

  public KlikUser {
    organizations = Set.copyOf(organizations);
    realmRoles = Set.copyOf(realmRoles);
  }

  public boolean isPlatformAdmin() {
    return realmRoles.contains(PLATFORM_ADMIN);
  }

  public boolean isNationalMentor() {
    return realmRoles.contains(NATIONAL_MENTOR);
  }

  public boolean belongsTo(String tenantSlug) {
    return organizations.contains(tenantSlug);
  }
}
