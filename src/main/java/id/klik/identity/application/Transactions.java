package id.klik.identity.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.function.Supplier;

/**
 * Runs a piece of work in its own transaction, for services that call Keycloak between transactions
 * (a remote call never holds a database transaction open).
 */
@ApplicationScoped
public class Transactions {

  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public <T> T call(Supplier<T> work) {
    return work.get();
  }

  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void run(Runnable work) {
    work.run();
  }
}
