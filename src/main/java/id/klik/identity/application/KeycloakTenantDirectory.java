package id.klik.identity.application;

import id.klik.identity.domain.TenantRole;
import id.klik.identity.infrastructure.KeycloakAdmin;
import id.klik.tenancy.application.TenantDirectory;
import id.klik.tenancy.domain.TenantManifest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Set;
import java.util.stream.Collectors;

/** The tenant's organization and people in Keycloak, and their memberships, for onboarding. */
@ApplicationScoped
public class KeycloakTenantDirectory implements TenantDirectory {

  @Inject KeycloakAdmin keycloak;
  @Inject MembershipService memberships;

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
    String userId =
        keycloak
            .findUserId(member.username())
            .orElseGet(() -> keycloak.createUser(member.username(), member.email(), member.name()));
    keycloak.addMember(organizationId, userId);
    Set<TenantRole> roles =
        member.roles().stream().map(TenantRole::parse).collect(Collectors.toSet());
    memberships.ensureMember(member.username(), member.email(), member.name(), userId, roles);
  }
}
