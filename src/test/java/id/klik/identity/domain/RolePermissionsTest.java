package id.klik.identity.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class RolePermissionsTest {

  @Test
  void clinicAdminMayDoEverythingARoleCanGrant() {
    assertThat(RolePermissions.of(List.of(TenantRole.CLINIC_ADMIN)))
        .containsExactlyInAnyOrder(
            Permission.VIEW,
            Permission.WORK_UNITS_WRITE,
            Permission.TEMPLATES_WRITE,
            Permission.TEMPLATES_ADMINISTER,
            Permission.OUTBOX_VIEW,
            Permission.MENTORS_ADMINISTER,
            Permission.TEAMS_WRITE,
            Permission.AUDIT_VIEW,
            Permission.MEMBERS_VIEW,
            Permission.MEMBERS_ADMINISTER,
            Permission.INNOVATIONS_WRITE,
            Permission.INDEX_WRITE,
            Permission.ASSISTANT_ADMINISTER,
            Permission.CONSULTATIONS_MANAGE,
            Permission.PROGRAMS_WRITE,
            Permission.COMPETITIONS_ADMINISTER);
  }

  @Test
  void clinicAdminsAndStaffWriteTheIndexAssessmentOtherMembersReadIt() {
    assertThat(RolePermissions.allows(List.of(TenantRole.CLINIC_STAFF), Permission.INDEX_WRITE))
        .isTrue();
    assertThat(RolePermissions.allows(List.of(TenantRole.INNOVATOR), Permission.INDEX_WRITE))
        .isFalse();
    assertThat(RolePermissions.allows(List.of(TenantRole.VIEWER), Permission.INDEX_WRITE))
        .isFalse();
  }

  @Test
  void aJurorSeesNothingButTheReviewsAssignedToThem() {
    assertThat(RolePermissions.of(List.of(TenantRole.JUROR))).isEmpty();
  }

  @Test
  void clinicStaffRunProgramsInnovatorsDoNot() {
    assertThat(RolePermissions.allows(List.of(TenantRole.CLINIC_STAFF), Permission.PROGRAMS_WRITE))
        .isTrue();
    assertThat(RolePermissions.allows(List.of(TenantRole.INNOVATOR), Permission.PROGRAMS_WRITE))
        .isFalse();
  }

  @Test
  void clinicStaffMaintainEveryInnovationInnovatorsOnlyTheirTeamsThroughTheTeam() {
    assertThat(
            RolePermissions.allows(List.of(TenantRole.CLINIC_STAFF), Permission.INNOVATIONS_WRITE))
        .isTrue();
    assertThat(RolePermissions.allows(List.of(TenantRole.INNOVATOR), Permission.INNOVATIONS_WRITE))
        .isFalse();
  }

  @Test
  void clinicStaffSeeTheMembersButOnlyAdminsAdministerThem() {
    Set<Permission> staff = RolePermissions.of(List.of(TenantRole.CLINIC_STAFF));
    assertThat(staff).contains(Permission.MEMBERS_VIEW);
    assertThat(staff).doesNotContain(Permission.MEMBERS_ADMINISTER);
  }

  @Test
  void clinicStaffWritesButDoesNotAdminister() {
    Set<Permission> staff = RolePermissions.of(List.of(TenantRole.CLINIC_STAFF));
    assertThat(staff).contains(Permission.WORK_UNITS_WRITE, Permission.TEMPLATES_WRITE);
    assertThat(staff).doesNotContain(Permission.TEMPLATES_ADMINISTER);
  }

  @Test
  void clinicStaffMaintainTeamsButDoNotReadTheAuditTrail() {
    Set<Permission> staff = RolePermissions.of(List.of(TenantRole.CLINIC_STAFF));
    assertThat(staff).contains(Permission.TEAMS_WRITE).doesNotContain(Permission.AUDIT_VIEW);
  }

  @ParameterizedTest
  @EnumSource(
      value = TenantRole.class,
      names = {"INNOVATOR", "MENTOR", "VIEWER"})
  void readersOnlyView(TenantRole role) {
    assertThat(RolePermissions.of(List.of(role))).containsExactly(Permission.VIEW);
  }

  @Test
  void mentoringATeamComesFromAnAssignmentNotFromTheRole() {
    assertThat(RolePermissions.allows(List.of(TenantRole.MENTOR), Permission.TEAM_MENTOR))
        .isFalse();
  }

  @Test
  void permissionsOfSeveralRolesAddUp() {
    assertThat(
            RolePermissions.allows(
                List.of(TenantRole.VIEWER, TenantRole.CLINIC_STAFF), Permission.WORK_UNITS_WRITE))
        .isTrue();
  }

  @Test
  void noRoleNoPermission() {
    assertThat(RolePermissions.of(List.of())).isEmpty();
  }
}
