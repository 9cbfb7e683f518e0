package id.klik.tenancy.application;

import jakarta.transaction.Status;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.Optional;
import javax.naming.InitialContext;
import javax.naming.NamingException;

/**
 * Remembers, in the running JTA transaction, the schema its connection's search path was set to.
 * {@link TenantScope#enter} reads it to refuse a tenant switch the database would not follow.
 * Outside a container (unit tests, the migrate command) there is no registry and nothing pinned.
 */
public final class TransactionPin {

  private static final String KEY = TransactionPin.class.getName();
  private static final String JNDI = "java:comp/TransactionSynchronizationRegistry";

  private static volatile TransactionSynchronizationRegistry registry;
  private static volatile boolean lookedUp;

  private TransactionPin() {}

  /** Called when a connection of the current transaction is pointed at {@code schema}. */
  public static void pin(String schema) {
    TransactionSynchronizationRegistry r = registry();
    if (r != null && active(r)) {
      r.putResource(KEY, schema);
    }
  }

  /** The schema the current transaction works in, when a transaction is active and has one. */
  static Optional<String> schema() {
    TransactionSynchronizationRegistry r = registry();
    if (r == null || !active(r)) {
      return Optional.empty();
    }
    return Optional.ofNullable((String) r.getResource(KEY));
  }

  /** Whether a JTA transaction is open on this thread. */
  static boolean active() {
    TransactionSynchronizationRegistry r = registry();
    return r != null && active(r);
  }

  private static boolean active(TransactionSynchronizationRegistry r) {
    int status = r.getTransactionStatus();
    return status == Status.STATUS_ACTIVE || status == Status.STATUS_MARKED_ROLLBACK;
  }

  private static TransactionSynchronizationRegistry registry() {
    if (!lookedUp) {
      try {
        registry = (TransactionSynchronizationRegistry) new InitialContext().lookup(JNDI);
        lookedUp = true;
      } catch (NamingException | RuntimeException noContainerOnThisThread) {
        // not remembered: a thread outside the container may ask before a request thread does
        return null;
      }
    }
    return registry;
  }

  /** For tests of the rule without a container. */
  static void use(TransactionSynchronizationRegistry given) {
    registry = given;
    lookedUp = true;
  }
}
