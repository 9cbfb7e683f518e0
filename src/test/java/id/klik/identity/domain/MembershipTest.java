package id.klik.identity.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class MembershipTest {

  private static Membership budi() {
    return new Membership("budi", "budi@klik.example.go.id", "Budi");
  }

  @Test
  void aNewMembershipHasNoRoles() {
    assertThat(budi().roles()).isEmpty();
  }

  @Test
  void aNewMembershipIsActive() {
    assertThat(budi().active()).isTrue();
  }

  @Test
  void grantingGivesTheRoles() {
    Membership membership = budi();

    membership.grant(Set.of(TenantRole.INNOVATOR, TenantRole.MENTOR));

    assertThat(membership.roles())
        .containsExactlyInAnyOrder(TenantRole.INNOVATOR, TenantRole.MENTOR);
  }

  @Test
  void grantingMoreRolesKeepsTheOnesHeldBefore() {
    Membership membership = budi();
    membership.grant(Set.of(TenantRole.CLINIC_ADMIN));

    membership.grant(Set.of(TenantRole.VIEWER));

    assertThat(membership.roles())
        .containsExactlyInAnyOrder(TenantRole.CLINIC_ADMIN, TenantRole.VIEWER);
  }

  @Test
  void grantingNoRolesRemovesNone() {
    Membership membership = budi();
    membership.grant(Set.of(TenantRole.CLINIC_STAFF));

    membership.grant(EnumSet.noneOf(TenantRole.class));

    assertThat(membership.roles()).containsExactly(TenantRole.CLINIC_STAFF);
  }

  @Test
  void grantingARoleHeldAlreadyKeepsItOnce() {
    Membership membership = budi();
    membership.grant(Set.of(TenantRole.INNOVATOR));

    membership.grant(Set.of(TenantRole.INNOVATOR));

    assertThat(membership.roles()).containsExactly(TenantRole.INNOVATOR);
  }

  @Test
  void linkingTheAccountKeepsTheKeycloakUserId() {
    Membership membership = budi();

    membership.linkAccount("3f1c-keycloak-id");

    assertThat(membership.userId()).isEqualTo("3f1c-keycloak-id");
  }
}
