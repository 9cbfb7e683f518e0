package id.klik.identity.application;

import static org.assertj.core.api.Assertions.assertThat;

import id.klik.identity.domain.KlikUser;
import id.klik.identity.domain.TenantRole;
import id.klik.tenancy.application.TenantScope;
import id.klik.tenancy.domain.RegionTimeZone;
import id.klik.tenancy.domain.TenantKind;
import id.klik.tenancy.domain.TenantRef;
import id.klik.tenancy.domain.TenantStatus;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The access decision as a table: who passes into a tenant or the platform, and why not. */
class AccessPolicyTest {

  private static final TenantRef PONTIANAK =
      new TenantRef(
          "pontianak",
          "t_pontianak",
          "Kota Pontianak",
          TenantKind.KOTA,
          "61.71",
          TenantStatus.ACTIVE,
          "id",
          RegionTimeZone.WIB);

  private final AccessPolicy policy = new AccessPolicy();

  AccessPolicyTest() {
    // the tenant's memberships, as its schema would answer
    Map<String, Set<TenantRole>> members = Map.of("sub-admin", EnumSet.of(TenantRole.CLINIC_ADMIN));
    policy.memberships =
        new MembershipService() {
          @Override
          public Optional<Set<TenantRole>> rolesOf(String keycloakUserId) {
            return Optional.ofNullable(members.get(keycloakUserId));
          }
        };
  }

  private static KlikUser user(String subject, Set<String> orgs, Set<String> realmRoles) {
    return new KlikUser(subject, subject, subject + "@x.id", subject, orgs, realmRoles);
  }

  private AccessDecision inPontianak(Optional<KlikUser> caller) {
    try (TenantScope scope = TenantScope.enter(PONTIANAK)) {
      return policy.tenant(caller);
    }
  }

  @Test
  void nobodyIsAnonymous() {
    assertThat(inPontianak(Optional.empty())).isInstanceOf(AccessDecision.Anonymous.class);
  }

  @Test
  void aTokenWithoutTheTenantsOrganizationIsNotInOrganization() {
    assertThat(inPontianak(Optional.of(user("sub-admin", Set.of("sumedang"), Set.of()))))
        .isInstanceOf(AccessDecision.NotInOrganization.class);
  }

  @Test
  void theOrganizationWithoutAnActiveMembershipIsNotMember() {
    assertThat(inPontianak(Optional.of(user("sub-stranger", Set.of("pontianak"), Set.of()))))
        .isInstanceOf(AccessDecision.NotMember.class);
  }

  @Test
  void organizationAndMembershipAdmitWithTheTenantsRoles() {
    AccessDecision decision =
        inPontianak(Optional.of(user("sub-admin", Set.of("pontianak"), Set.of())));

    assertThat(decision)
        .isInstanceOfSatisfying(
            AccessDecision.Admit.class,
            admit -> assertThat(admit.roles()).containsExactly(TenantRole.CLINIC_ADMIN));
  }

  @Test
  void aPlatformAdminRoleAloneDoesNotOpenATenant() {
    assertThat(
            inPontianak(Optional.of(user("sub-root", Set.of(), Set.of(KlikUser.PLATFORM_ADMIN)))))
        .isInstanceOf(AccessDecision.NotInOrganization.class);
  }

  @Test
  void thePlatformNeedsTheRealmRole() {
    assertThat(policy.platform(Optional.empty())).isInstanceOf(AccessDecision.Anonymous.class);
    assertThat(policy.platform(Optional.of(user("sub-admin", Set.of("pontianak"), Set.of()))))
        .isInstanceOf(AccessDecision.NotPlatformAdmin.class);
    assertThat(
            policy.platform(
                Optional.of(user("sub-root", Set.of(), Set.of(KlikUser.PLATFORM_ADMIN)))))
        .isInstanceOf(AccessDecision.Admit.class);
  }

  @Test
  void aBearerHeaderOfAnotherSchemeIsNobody() {
    assertThat(policy.bearer("Basic dXNlcjpwYXNz")).isEmpty();
    assertThat(policy.bearer(null)).isEmpty();
  }
}
