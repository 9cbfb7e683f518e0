package id.klik.tenancy.application;

import static id.klik.tenancy.application.TenantScopeTest.tenant;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.klik.tenancy.domain.TenantRef;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class AcrossTenantsTest {

  private final List<String> audit = new ArrayList<>();
  private final AcrossTenants across =
      new AcrossTenants() {
        @Override
        void recordEntry(TenantRef tenant, String reason) {
          audit.add(tenant.slug() + ": " + reason);
        }

        @Override
        void recordEntries(java.util.Collection<TenantRef> tenants, String reason) {
          tenants.forEach(t -> recordEntry(t, reason));
        }
      };

  @Test
  void eachTenantIsEnteredInTurnAndLeftAfterwards() {
    var outcomes =
        across.forEach(
            List.of(tenant("pontianak"), tenant("sumedang")),
            "national mentor home",
            t -> TenantContext.require().slug());

    assertThat(outcomes)
        .extracting(AcrossTenants.Outcome::value)
        .containsExactly("pontianak", "sumedang");
    assertThat(TenantContext.current()).isEmpty();
  }

  @Test
  void everyTenantEnteredLeavesAnAuditLineWithTheReason() {
    across.forEach(List.of(tenant("pontianak"), tenant("sumedang")), "lineage", t -> 1);

    assertThat(audit).containsExactly("pontianak: lineage", "sumedang: lineage");
  }

  @Test
  void aFailureInOneTenantIsKeptAndTheOthersStillRunWithTheContextReset() {
    var outcomes =
        across.forEach(
            List.of(tenant("pontianak"), tenant("sumedang"), tenant("singkawang")),
            "report",
            t -> {
              if (t.slug().equals("sumedang")) {
                throw new IllegalStateException("broken");
              }
              return TenantContext.require().slug();
            });

    assertThat(outcomes)
        .extracting(AcrossTenants.Outcome::failed)
        .containsExactly(false, true, false);
    assertThat(outcomes.get(2).value()).isEqualTo("singkawang");
    assertThat(TenantContext.current()).isEmpty();
  }

  @Test
  void theRequestsTenantIsBackAfterWorkInAnother() {
    try (TenantScope request = TenantScope.enter(tenant("pontianak"))) {
      across.run(tenant("sumedang"), "onboarding: seed data", () -> {});

      assertThat(TenantContext.require().slug()).isEqualTo("pontianak");
    }
  }

  @Test
  void enteringWithoutAReasonIsRefused() {
    assertThatThrownBy(() -> across.in(tenant("pontianak"), " ", () -> 1))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(audit).isEmpty();
  }
}
