package id.klik.identity.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.klik.shared.domain.ConflictException;
import id.klik.shared.domain.FieldProblem;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MemberRulesTest {

  @Test
  void rolesAreReadInTheManifestsSpellingAndTheEnums() {
    assertThat(MemberRules.roles(List.of("clinic-admin", "CLINIC_STAFF", " mentor ")))
        .containsExactlyInAnyOrder(
            TenantRole.CLINIC_ADMIN, TenantRole.CLINIC_STAFF, TenantRole.MENTOR);
  }

  @Test
  void anUnknownRoleIsNamedAsGiven() {
    List<FieldProblem> problems = MemberRules.checkRoles(0, List.of("innovator", "boss"));

    assertThat(problems)
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.messageKey()).isEqualTo("member.role.unknown");
              assertThat(p.args()).containsExactly("boss");
            });
  }

  @Test
  void atLeastOneRoleIsNeeded() {
    assertThat(MemberRules.checkRoles(0, List.of()))
        .extracting(FieldProblem::messageKey)
        .containsExactly("member.roles.required");
    assertThat(MemberRules.checkRoles(0, null))
        .extracting(FieldProblem::messageKey)
        .containsExactly("member.roles.required");
  }

  @ParameterizedTest
  @ValueSource(strings = {"no-at-sign", "a@b", "two@@example.org", "sp ace@example.org", "x@.org"})
  void implausibleAddressesAreRefused(String email) {
    assertThat(MemberRules.check(0, email, "Name", List.of("viewer")))
        .extracting(FieldProblem::messageKey)
        .containsExactly("member.email.invalid");
  }

  @Test
  void everyProblemOfARowIsReportedWithItsLine() {
    assertThat(MemberRules.check(7, " ", null, List.of("chief")))
        .extracting(FieldProblem::line, FieldProblem::messageKey)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(7, "member.email.required"),
            org.assertj.core.groups.Tuple.tuple(7, "member.name.required"),
            org.assertj.core.groups.Tuple.tuple(7, "member.role.unknown"));
  }

  @Test
  void goodDetailsPass() {
    assertThat(MemberRules.check(0, "Siti.Aminah@pontianak.go.id", "Siti", List.of("innovator")))
        .isEmpty();
    assertThat(MemberRules.normalEmail(" Siti.Aminah@Pontianak.go.id "))
        .isEqualTo("siti.aminah@pontianak.go.id");
  }

  @Test
  void theLastActiveAdminCannotDropTheAdminRole() {
    Membership admin = admin();

    assertThatThrownBy(
            () -> MemberRules.requireAnAdminRemains(admin, EnumSet.of(TenantRole.VIEWER), 1))
        .isInstanceOf(ConflictException.class)
        .hasMessage("member.lastAdmin.role");
  }

  @Test
  void theLastActiveAdminCannotBeDeactivated() {
    assertThatThrownBy(() -> MemberRules.requireAnAdminRemains(admin(), null, 1))
        .isInstanceOf(ConflictException.class)
        .hasMessage("member.lastAdmin.deactivate");
  }

  @Test
  void withASecondAdminEitherMayStepDown() {
    assertThatCode(() -> MemberRules.requireAnAdminRemains(admin(), null, 2))
        .doesNotThrowAnyException();
  }

  @Test
  void keepingTheAdminRoleWhileAddingAnotherIsFine() {
    assertThatCode(
            () ->
                MemberRules.requireAnAdminRemains(
                    admin(), EnumSet.of(TenantRole.CLINIC_ADMIN, TenantRole.MENTOR), 1))
        .doesNotThrowAnyException();
  }

  @Test
  void aPendingAdminDoesNotCountAsTheLastOne() {
    Membership pending =
        Membership.invited(
            "x@example.org", "x@example.org", "X", "kc-1", Set.of(TenantRole.CLINIC_ADMIN), null);

    assertThatCode(() -> MemberRules.requireAnAdminRemains(pending, null, 1))
        .doesNotThrowAnyException();
  }

  private static Membership admin() {
    Membership m = new Membership("admin", "admin@example.org", "Admin");
    m.grant(Set.of(TenantRole.CLINIC_ADMIN));
    return m;
  }
}
