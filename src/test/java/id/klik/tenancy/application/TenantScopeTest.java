package id.klik.tenancy.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.klik.tenancy.domain.RegionTimeZone;
import id.klik.tenancy.domain.TenantKind;
import id.klik.tenancy.domain.TenantRef;
import id.klik.tenancy.domain.TenantStatus;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class TenantScopeTest {

  static final TenantRef PONTIANAK = tenant("pontianak");
  static final TenantRef SUMEDANG = tenant("sumedang");

  private final FakeTransactions tx = new FakeTransactions();

  @BeforeEach
  void useFakeTransactions() {
    TransactionPin.use(tx);
  }

  @AfterEach
  void noTransactionManager() {
    TransactionPin.use(null);
  }

  @Test
  void enteringSetsTheTenantAndClosingRestoresThePreviousOne() {
    try (TenantScope outer = TenantScope.enter(PONTIANAK)) {
      try (TenantScope inner = TenantScope.enter(SUMEDANG)) {
        assertThat(TenantContext.require()).isEqualTo(SUMEDANG);
      }
      assertThat(TenantContext.require()).isEqualTo(PONTIANAK);
    }
    assertThat(TenantContext.current()).isEmpty();
  }

  @Test
  void enteringAnotherTenantInsideATransactionThatWorksInOneFails() {
    tx.begin();
    try (TenantScope scope = TenantScope.enter(PONTIANAK)) {
      TransactionPin.pin(PONTIANAK.schema()); // the transaction's connection was taken

      assertThatThrownBy(() -> TenantScope.enter(SUMEDANG))
          .isInstanceOf(IllegalStateException.class)
          .hasMessageContaining("sumedang")
          .hasMessageContaining("t_pontianak");
      assertThat(TenantContext.require()).isEqualTo(PONTIANAK);
    }
  }

  @Test
  void aTransactionWithoutTenantCannotEnterOneLater() {
    tx.begin();
    TransactionPin.pin("klik_no_tenant");

    assertThatThrownBy(() -> TenantScope.enter(PONTIANAK))
        .isInstanceOf(IllegalStateException.class);
    assertThat(TenantContext.current()).isEmpty();
  }

  @Test
  void enteringTheSameTenantAgainInsideTheTransactionIsAllowed() {
    tx.begin();
    try (TenantScope scope = TenantScope.enter(PONTIANAK)) {
      TransactionPin.pin(PONTIANAK.schema());
      try (TenantScope again = TenantScope.enter(PONTIANAK)) {
        assertThat(TenantContext.require()).isEqualTo(PONTIANAK);
      }
    }
  }

  @Test
  void aTransactionThatHasNotTakenItsConnectionYetMayStillChoose() {
    tx.begin();
    try (TenantScope scope = TenantScope.enter(SUMEDANG)) {
      assertThat(TenantContext.require()).isEqualTo(SUMEDANG);
    }
  }

  @Test
  void switchingTenantsInsideATransactionFailsEvenBeforeItTakesItsConnection() {
    try (TenantScope request = TenantScope.enter(PONTIANAK)) {
      tx.begin();

      assertThatThrownBy(() -> TenantScope.enter(SUMEDANG))
          .isInstanceOf(IllegalStateException.class)
          .hasMessageContaining("pontianak")
          .hasMessageContaining("sumedang");
    }
  }

  @Test
  void afterTheTransactionEndsAnotherTenantMayBeEntered() {
    tx.begin();
    TransactionPin.pin(PONTIANAK.schema());
    tx.end();

    try (TenantScope scope = TenantScope.enter(SUMEDANG)) {
      assertThat(TenantContext.require()).isEqualTo(SUMEDANG);
    }
  }

  @Test
  void closingTwiceRestoresOnlyOnce() {
    TenantScope outer = TenantScope.enter(PONTIANAK);
    TenantScope inner = TenantScope.enter(SUMEDANG);
    inner.close();
    inner.close();
    assertThat(TenantContext.require()).isEqualTo(PONTIANAK);
    outer.close();
    assertThat(TenantContext.current()).isEmpty();
  }

  static TenantRef tenant(String slug) {
    return new TenantRef(
        slug,
        "t_" + slug,
        slug,
        TenantKind.KOTA,
        "61.71",
        TenantStatus.ACTIVE,
        "id",
        RegionTimeZone.WIB);
  }

  /** A transaction registry for one thread: what the container's is for the request's thread. */
  static final class FakeTransactions implements TransactionSynchronizationRegistry {
    private Map<Object, Object> resources;

    void begin() {
      resources = new HashMap<>();
    }

    void end() {
      resources = null;
    }

    @Override
    public Object getTransactionKey() {
      return resources;
    }

    @Override
    public void putResource(Object key, Object value) {
      resources.put(key, value);
    }

    @Override
    public Object getResource(Object key) {
      return resources.get(key);
    }

    @Override
    public void registerInterposedSynchronization(Synchronization sync) {}

    @Override
    public int getTransactionStatus() {
      return resources == null ? Status.STATUS_NO_TRANSACTION : Status.STATUS_ACTIVE;
    }

    @Override
    public void setRollbackOnly() {}

    @Override
    public boolean getRollbackOnly() {
      return false;
    }
  }
}
