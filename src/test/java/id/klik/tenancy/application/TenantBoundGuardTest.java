package id.klik.tenancy.application;

import static id.klik.tenancy.application.TenantScopeTest.tenant;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.klik.shared.domain.NotFoundException;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TenantBoundGuardTest {

  @Test
  void aViewOfOneTenantRunsInThatTenant() {
    assertThatCode(
            () -> TenantBoundGuard.requireSame("pontianak", Optional.of(tenant("pontianak"))))
        .doesNotThrowAnyException();
  }

  @Test
  void aViewOfOneTenantPostedBackUnderAnotherIsNotFound() {
    assertThatThrownBy(
            () -> TenantBoundGuard.requireSame("pontianak", Optional.of(tenant("sumedang"))))
        .isInstanceOf(NotFoundException.class);
  }

  @Test
  void aViewOfATenantUsedOutsideAnyTenantIsNotFound() {
    assertThatThrownBy(() -> TenantBoundGuard.requireSame("pontianak", Optional.empty()))
        .isInstanceOf(NotFoundException.class);
  }
}
