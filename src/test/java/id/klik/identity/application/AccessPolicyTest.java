package id.klik.identity.application;

import static org.assertj.core.api.Assertions.assertThat;

import id.klik.identity.domain.KlikUser;
import id.klik.identity.domain.TenantRole;
import id.klik.tenancy.application.TenantScope;
import id.klik.tenancy.domain.RegionTimeZone;
import id.klik.tenancy.domain.TenantKind;
import id.klik.tenancy.domain.TenantRef;
import id.klik.tenancy.domain.TenantStatus;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
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

  /** The tenant accepted national mentor "sub-mentor" (username "sub-mentor"). */
  private final List<String> audited = new ArrayList<>();

  private void acceptMentor() {
    policy.guestSources =
        List.of(
            new GuestAccess() {
              @Override
              public Optional<Set<TenantRole>> accepted(KlikUser user) {
                return user.subject().equals("sub-mentor")
                    ? Optional.of(EnumSet.of(TenantRole.MENTOR))
                    : Optional.empty();
              }

              @Override
              public void recordRequest(String request) {
                audited.add(request);
              }
            });
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
  void anAcceptedNationalMentorPassesAsAGuestWithTheMentorRole() {
    acceptMentor();
    AccessDecision decision =
        inPontianak(
            Optional.of(user("sub-mentor", Set.of("pontianak"), Set.of(KlikUser.NATIONAL_MENTOR))));

    assertThat(decision)
        .isInstanceOfSatisfying(
            AccessDecision.AdmitGuest.class,
            guest -> assertThat(guest.roles()).containsExactly(TenantRole.MENTOR));
  }

  @Test
  void anAcceptanceCountsOnlyForTheRealmRoleNationalMentor() {
    acceptMentor();
    assertThat(inPontianak(Optional.of(user("sub-mentor", Set.of("pontianak"), Set.of()))))
        .isInstanceOf(AccessDecision.NotMember.class);
  }

  @Test
  void aNationalMentorTheTenantDidNotAcceptIsNotMember() {
    acceptMentor();
    assertThat(
            inPontianak(
                Optional.of(
                    user("sub-other", Set.of("pontianak"), Set.of(KlikUser.NATIONAL_MENTOR)))))
        .isInstanceOf(AccessDecision.NotMember.class);
  }

  @Test
  void anAcceptedMentorStillNeedsTheTenantsOrganizationInTheToken() {
    acceptMentor();
    assertThat(
            inPontianak(
                Optional.of(
                    user("sub-mentor", Set.of("sumedang"), Set.of(KlikUser.NATIONAL_MENTOR)))))
        .isInstanceOf(AccessDecision.NotInOrganization.class);
  }

  @Test
  void theMentorsHomeNeedsTheRealmRoleNationalMentor() {
    assertThat(policy.mentorHome(Optional.empty())).isInstanceOf(AccessDecision.Anonymous.class);
    assertThat(policy.mentorHome(Optional.of(user("sub-admin", Set.of("pontianak"), Set.of()))))
        .isInstanceOf(AccessDecision.NotNationalMentor.class);
    assertThat(
            policy.mentorHome(
                Optional.of(user("sub-mentor", Set.of(), Set.of(KlikUser.NATIONAL_MENTOR)))))
        .isInstanceOf(AccessDecision.Admit.class);
  }

  @Test
  void aGuestsRequestIsHandedToTheAudit() {
    acceptMentor();
    policy.recordGuestRequest("GET /t/pontianak/api/work-units");
    assertThat(audited).containsExactly("GET /t/pontianak/api/work-units");
  }

  @Test
  void aBearerHeaderOfAnotherSchemeIsNobody() {
    assertThat(policy.bearer("Basic dXNlcjpwYXNz")).isEmpty();
    assertThat(policy.bearer(null)).isEmpty();
  }
}
