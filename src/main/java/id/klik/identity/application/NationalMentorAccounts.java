package id.klik.identity.application;

import id.klik.identity.domain.KlikUser;
import id.klik.identity.infrastructure.KeycloakAdmin;
import id.klik.shared.domain.ConflictException;
import id.klik.tenancy.application.TenantContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The Keycloak side of national mentors: their account with the realm role {@code national-mentor},
 * and their membership in the organization of each tenant that accepted them (so a token for {@code
 * organization:<slug>} can be issued). Every call is idempotent.
 */
@ApplicationScoped
public class NationalMentorAccounts {

  @Inject KeycloakAdmin keycloak;

  /** Organization ids by tenant slug: they never change once created. */
  private final Map<String, String> organizations = new ConcurrentHashMap<>();

  /**
   * Finds the person's account, or creates it (Keycloak then mails them a link to set their
   * password), and grants the realm role. An e-mail already used by another account is a conflict.
   *
   * @return the Keycloak user id
   */
  public String ensureAccount(String username, String email, String name) {
    String id =
        keycloak
            .findUserId(username)
            .orElseGet(
                () -> {
                  if (keycloak.findUserIdByEmail(email).isPresent()) {
                    throw new ConflictException("mentor.emailTaken", email);
                  }
                  return keycloak.createUser(username, email, name);
                });
    keycloak.grantRealmRole(id, KlikUser.NATIONAL_MENTOR);
    return id;
  }

  /** Adds the person to the current tenant's organization. */
  public void joinCurrentTenant(String userId) {
    keycloak.addMember(currentOrganization(), userId);
  }

  /** Removes the person from the current tenant's organization. */
  public void leaveCurrentTenant(String userId) {
    keycloak.removeMember(currentOrganization(), userId);
  }

  private String currentOrganization() {
    String slug = TenantContext.require().slug();
    return organizations.computeIfAbsent(
        slug,
        s ->
            keycloak
                .findOrganization(s)
                .orElseThrow(() -> new IllegalStateException("no organization for tenant " + s)));
  }
}
