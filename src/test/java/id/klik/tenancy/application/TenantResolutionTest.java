package id.klik.tenancy.application;

import static org.assertj.core.api.Assertions.assertThat;

import id.klik.tenancy.domain.TenantRef;
import id.klik.tenancy.domain.TenantStatus;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TenantResolutionTest {

  private static TenantRef with(TenantStatus status) {
    TenantRef t = TenantScopeTest.tenant("pontianak");
    return new TenantRef(
        t.slug(), t.schema(), t.name(), t.kind(), t.regionCode(), status, t.locale(), t.timeZone());
  }

  @Test
  void anUnknownSlugIsUnknown() {
    assertThat(TenantResolution.of("atlantis", Optional.empty()))
        .isEqualTo(new TenantResolution.Unknown("atlantis"));
  }

  @Test
  void onlyAnActiveTenantIsFound() {
    assertThat(TenantResolution.of("pontianak", Optional.of(with(TenantStatus.ACTIVE))))
        .isInstanceOf(TenantResolution.Found.class);
  }

  @Test
  void aSuspendedTenantIsSuspended() {
    assertThat(TenantResolution.of("pontianak", Optional.of(with(TenantStatus.SUSPENDED))))
        .isInstanceOf(TenantResolution.Suspended.class);
  }

  @Test
  void aTenantStillOnboardingIsNotReady() {
    assertThat(TenantResolution.of("pontianak", Optional.of(with(TenantStatus.ONBOARDING))))
        .isInstanceOf(TenantResolution.NotReady.class);
  }
}
