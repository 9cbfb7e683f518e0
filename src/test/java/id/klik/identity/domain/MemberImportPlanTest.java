package id.klik.identity.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import id.klik.shared.domain.FieldProblem;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class MemberImportPlanTest {

  private static final UUID BAPPEDA = UUID.randomUUID();
  private static final Map<String, UUID> UNITS = Map.of("BAPPEDA", BAPPEDA);

  private static MemberImportPlan.Result plan(String csv, Set<String> members) {
    return MemberImportPlan.plan(
        MemberCsv.parse(csv).rows(), members, code -> Optional.ofNullable(UNITS.get(code)));
  }

  @Test
  void goodRowsBecomeInvitationsWithRolesAndWorkUnit() {
    MemberImportPlan.Result result =
        plan(
            "email,name,roles,work_unit\nAni@Example.org,Ani,clinic-staff|mentor,BAPPEDA\n",
            Set.of());

    assertThat(result.ok()).isTrue();
    assertThat(result.invites())
        .singleElement()
        .satisfies(
            i -> {
              assertThat(i.email()).isEqualTo("ani@example.org");
              assertThat(i.roles())
                  .containsExactlyInAnyOrder(TenantRole.CLINIC_STAFF, TenantRole.MENTOR);
              assertThat(i.workUnitId()).isEqualTo(BAPPEDA);
            });
  }

  @Test
  void everyBadRowIsReportedByLineAndNothingIsPlanned() {
    MemberImportPlan.Result result =
        plan(
            "email,name,roles,work_unit\n"
                + "ok@example.org,Ok,viewer,\n"
                + "not-an-address,Bad,viewer,\n"
                + "c@example.org,Cici,chief,\n"
                + "d@example.org,Dodi,viewer,NOPE\n"
                + "OK@example.org,Again,viewer,\n"
                + "admin@example.org,Admin,viewer,\n",
            Set.of("admin@example.org"));

    assertThat(result.ok()).isFalse();
    assertThat(result.invites()).isEmpty();
    assertThat(result.problems())
        .extracting(FieldProblem::line, FieldProblem::messageKey)
        .containsExactly(
            tuple(3, "member.email.invalid"),
            tuple(4, "member.role.unknown"),
            tuple(5, "member.workUnit.unknown"),
            tuple(6, "csv.email.duplicate"),
            tuple(7, "member.email.taken"));
  }
}
