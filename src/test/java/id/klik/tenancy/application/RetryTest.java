package id.klik.tenancy.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.klik.shared.infrastructure.DependencyUnavailableException;
import id.klik.shared.infrastructure.Outages;
import java.sql.SQLException;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class RetryTest {

  @Test
  void anOutageIsWaitedOutUntilTheWorkSucceeds() throws Exception {
    AtomicInteger attempts = new AtomicInteger();

    Retry.whileUnavailable(
        "test",
        () -> {
          if (attempts.incrementAndGet() < 2) {
            throw new IllegalStateException(new SQLException("refused", "08001"));
          }
        });

    assertThat(attempts).hasValue(2);
  }

  @Test
  void anyOtherFailureIsThrownAtOnce() {
    AtomicInteger attempts = new AtomicInteger();

    assertThatThrownBy(
            () ->
                Retry.whileUnavailable(
                    "test",
                    () -> {
                      attempts.incrementAndGet();
                      throw new IllegalStateException("a bug");
                    }))
        .hasMessage("a bug");
    assertThat(attempts).hasValue(1);
  }

  @Test
  void pausesGrowAndAreBounded() {
    assertThat(Retry.nextPause(1_000)).isEqualTo(2_000);
    assertThat(Retry.nextPause(20_000)).isEqualTo(Retry.MAX_PAUSE_MILLIS);
    assertThat(TenantReconciler.retryDelaySeconds(1)).isEqualTo(5);
    assertThat(TenantReconciler.retryDelaySeconds(2)).isEqualTo(10);
    assertThat(TenantReconciler.retryDelaySeconds(50)).isEqualTo(300);
  }

  @Test
  void keycloakDownIsAnOutageToo() throws Exception {
    AtomicInteger attempts = new AtomicInteger();

    Retry.whileUnavailable(
        "test",
        () -> {
          if (attempts.incrementAndGet() < 2) {
            throw new DependencyUnavailableException(Outages.Dependency.KEYCLOAK, "down", null);
          }
        });

    assertThat(attempts).hasValue(2);
  }
}
