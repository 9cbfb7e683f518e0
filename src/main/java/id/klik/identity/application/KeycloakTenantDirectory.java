package id.klik.identity.application;

import id.klik.identity.domain.MemberRules;
import id.klik.identity.domain.TenantRole;
import id.klik.identity.infrastructure.KeycloakAccounts;
import id.klik.identity.infrastructure.KeycloakAdmin;
import id.klik.tenancy.application.TenantDirectory;
import id.klik.tenancy.domain.TenantManifest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The tenant's organization and people in Keycloak, and their memberships, for onboarding. A
 * manifest member who can already log in (an account with a password, like the demo users) becomes
 * an active member at once; anyone else is invited like a clinic admin invites: a pending
 * membership and a mail whose link lets them set their password.
 */
@ApplicationScoped
public class KeycloakTenantDirectory implements TenantDirectory {

  @Inject KeycloakAdmin keycloak;
  @Inject KeycloakAccounts accounts;
  @Inject MembershipService memberships;
  @Inject MemberAdministration administration;

  @Override
  public boolean reachable() {
    return keycloak.reachable();
  }

  @Override
  public String ensureOrganization(String slug, String name) {
    return keycloak.findOrganization(slug).orElseGet(() -> keycloak.createOrganization(slug, name));
  }

  @Override
  public void ensureMember(String organizationId, TenantManifest.Member member) {
    Set<TenantRole> roles =
        member.roles().stream().map(TenantRole::parse).collect(Collectors.toSet());
    Optional<String> userId = keycloak.findUserId(member.username());
    boolean known = memberships.findByUsername(member.username()).isPresent();
    if (userId.isEmpty() && !known && member.email() != null && !member.email().isBlank()) {
      String email = MemberRules.normalEmail(member.email());
      String name = member.name() == null ? member.username() : member.name();
      administration.inviteChecked(
          new InvitationRequest(0, email, name, roles, null, member.username()));
      return;
    }
    String id =
        userId.orElseGet(
            () -> keycloak.createUser(member.username(), member.email(), member.name()));
    keycloak.addMember(organizationId, id);
    memberships.ensureMember(member.username(), member.email(), member.name(), id, roles);
  }
}
