package id.klik.identity.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.klik.identity.domain.GrantSubject;
import id.klik.identity.domain.KlikUser;
import id.klik.identity.domain.Permission;
import id.klik.identity.domain.TenantRole;
import id.klik.shared.domain.AccessDeniedException;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PermissionsTest {

  private static final GrantSubject TEAM_A = GrantSubject.of("team", "a");
  private static final GrantSubject TEAM_B = GrantSubject.of("team", "b");

  /** An assignment source as a mentoring context would contribute: rina mentors team a. */
  private static final PermissionGrants RINA_MENTORS_A =
      (username, permission, subject) ->
          username.equals("rina") && permission == Permission.TEAM_MENTOR && subject.equals(TEAM_A);

  private static Permissions of(String username, TenantRole... roles) {
    CurrentUser user = new CurrentUser();
    user.set(
        new KlikUser("sub-" + username, username, null, username, Set.of("x"), Set.of()),
        Set.of(roles));
    return new Permissions(user, List.of(RINA_MENTORS_A));
  }

  @Test
  void aRoleGrantsItsPermissions() {
    assertThat(of("ani", TenantRole.CLINIC_STAFF).may(Permission.WORK_UNITS_WRITE)).isTrue();
  }

  @Test
  void aViewerMayNotWriteAndRequireSaysSo() {
    Permissions viewer = of("budi", TenantRole.VIEWER);
    assertThatThrownBy(() -> viewer.require(Permission.WORK_UNITS_WRITE))
        .isInstanceOf(AccessDeniedException.class);
  }

  @Test
  void anAssignmentGrantsOnItsSubjectOnly() {
    Permissions rina = of("rina", TenantRole.MENTOR);
    assertThat(rina.may(Permission.TEAM_MENTOR, TEAM_A)).isTrue();
    assertThat(rina.may(Permission.TEAM_MENTOR, TEAM_B)).isFalse();
  }

  @Test
  void anAssignmentGrantsNothingWithoutASubject() {
    assertThat(of("rina", TenantRole.MENTOR).may(Permission.TEAM_MENTOR)).isFalse();
  }

  @Test
  void anotherPersonGetsNothingFromSomeoneElsesAssignment() {
    assertThatThrownBy(() -> of("budi", TenantRole.MENTOR).require(Permission.TEAM_MENTOR, TEAM_A))
        .isInstanceOf(AccessDeniedException.class);
  }

  @Test
  void withoutACallerNothingIsAllowed() {
    Permissions nobody = new Permissions(new CurrentUser(), List.of(RINA_MENTORS_A));
    assertThat(nobody.may(Permission.VIEW)).isFalse();
  }
}
