package id.klik.shared.infrastructure;

import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import javax.transaction.xa.XAException;

/**
 * Tells an outage of a service the app depends on from a bug: an exception whose causes show that
 * the database or Keycloak cannot be reached (connection refused or lost, the server shutting down,
 * no pooled connection within the wait time) means "try again shortly", which the API and the pages
 * answer with 503 and a {@code Retry-After} header instead of 500.
 */
public final class Outages {

  /** The service that is down. */
  public enum Dependency {
    DATABASE,
    KEYCLOAK;

    /** The i18n key of the message telling the person what is down. */
    public String messageKey() {
      return "error.unavailable." + name().toLowerCase(Locale.ROOT);
    }
  }

  /** Seconds a client should wait before repeating the request. */
  public static final int RETRY_AFTER_SECONDS = 5;

  /**
   * SQLSTATE of PostgreSQL for "cannot reach or keep the connection": class 08 (connection
   * exception), 57P01-57P03 (admin/crash shutdown, cannot connect now), 53300 (too many
   * connections).
   */
  private static final Set<String> UNAVAILABLE_STATES = Set.of("57P01", "57P02", "57P03", "53300");

  /** Payara's pool says this, with no SQLSTATE, when it cannot hand out a connection in time. */
  private static final String POOL_EXHAUSTED = "Error in allocating a connection";

  /** Payara's connector says this when a transaction's connection died under it. */
  private static final String CONNECTION_NOT_USABLE = "physical connection is not usable";

  private Outages() {}

  /** The dependency that is down, if the exception or any of its causes says one is. */
  public static Optional<Dependency> of(Throwable error) {
    Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
    boolean databaseLayer = false;
    for (Throwable t = error; t != null && seen.add(t); t = next(t)) {
      if (t instanceof DependencyUnavailableException d) {
        return Optional.of(d.dependency());
      }
      if (t instanceof SQLException sql) {
        databaseLayer = true;
        if (unavailableState(sql)) {
          return Optional.of(Dependency.DATABASE);
        }
      }
      String type = t.getClass().getName();
      if (type.startsWith("org.eclipse.persistence.") || type.startsWith("jakarta.persistence.")) {
        databaseLayer = true;
      }
      if (type.endsWith(".ResourceAllocationException")
          || type.endsWith(".PoolingException")
          || (t.getMessage() != null && t.getMessage().contains(POOL_EXHAUSTED))) {
        return Optional.of(Dependency.DATABASE);
      }
      if (t instanceof XAException || lostConnection(t)) {
        // the commit lost its connection: the database is the only resource in our transactions
        return Optional.of(Dependency.DATABASE);
      }
      if (databaseLayer && networkFailure(t)) {
        return Optional.of(Dependency.DATABASE);
      }
    }
    return Optional.empty();
  }

  /** True when the database cannot be reached right now. */
  public static boolean databaseDown(Throwable error) {
    return of(error).filter(d -> d == Dependency.DATABASE).isPresent();
  }

  private static boolean unavailableState(SQLException sql) {
    if (sql instanceof SQLTransientConnectionException
        || sql instanceof SQLNonTransientConnectionException) {
      return true;
    }
    String state = sql.getSQLState();
    return state != null && (state.startsWith("08") || UNAVAILABLE_STATES.contains(state));
  }

  /** Payara's words, with no SQLSTATE, for a pooled connection whose socket has died. */
  private static boolean lostConnection(Throwable t) {
    return t.getMessage() != null && t.getMessage().contains(CONNECTION_NOT_USABLE);
  }

  private static boolean networkFailure(Throwable t) {
    return t instanceof ConnectException
        || t instanceof NoRouteToHostException
        || t instanceof SocketTimeoutException
        || t instanceof UnknownHostException
        || t instanceof java.io.EOFException;
  }

  /** The cause, or for a JDBC error without one, the next exception of the chain. */
  private static Throwable next(Throwable t) {
    if (t.getCause() != null) {
      return t.getCause();
    }
    return t instanceof SQLException sql ? sql.getNextException() : null;
  }
}
