package id.klik.shared.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.PersistenceException;
import jakarta.transaction.SystemException;
import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import javax.transaction.xa.XAException;
import org.eclipse.persistence.exceptions.DatabaseException;
import org.junit.jupiter.api.Test;

class OutagesTest {

  @Test
  void connectionRefusedByTheDriverIsTheDatabaseDown() {
    SQLException refused =
        new SQLException(
            "Connection to 127.0.0.1:5432 refused", "08001", new ConnectException("refused"));

    assertThat(Outages.of(new RuntimeException("wrapped", refused)))
        .contains(Outages.Dependency.DATABASE);
  }

  @Test
  void aCommitWhoseConnectionDiedIsTheDatabaseDown() {
    // what Payara threw in OutageIT when the postmaster was killed between a write and its commit
    XAException xa =
        new XAException(
            "jakarta.resource.ResourceException: This Managed Connection is not valid as the"
                + " physical connection is not usable");
    SystemException system = new SystemException();
    system.initCause(xa);

    assertThat(Outages.of(new RuntimeException("commit failed", system)))
        .contains(Outages.Dependency.DATABASE);
  }

  @Test
  void ioErrorOnAnOpenConnectionWrappedByEclipseLinkAndJpaIsTheDatabaseDown() {
    SQLException lost =
        new SQLException("An I/O error occurred while sending to the backend.", "08006");
    PersistenceException jpa =
        new PersistenceException(DatabaseException.sqlException(lost, null, false));

    assertThat(Outages.databaseDown(jpa)).isTrue();
  }

  @Test
  void serverShuttingDownOrStartingIsTheDatabaseDown() {
    for (String state : new String[] {"57P01", "57P02", "57P03", "53300"}) {
      assertThat(Outages.databaseDown(new SQLException("x", state))).as(state).isTrue();
    }
  }

  @Test
  void poolWithoutAConnectionInTimeIsTheDatabaseDown() {
    SQLException pool =
        new SQLException(
            "Error in allocating a connection. Cause: In-use connections equal max-pool-size and"
                + " expired max-wait-time. Cannot allocate more connections.");

    assertThat(Outages.databaseDown(pool)).isTrue();
    assertThat(Outages.databaseDown(new SQLTransientConnectionException("timeout"))).isTrue();
  }

  @Test
  void aChainedNextExceptionIsRead() {
    SQLException batch = new SQLException("Batch entry 0 was aborted", "XX000");
    batch.setNextException(new SQLException("terminating connection", "57P01"));

    assertThat(Outages.databaseDown(batch)).isTrue();
  }

  @Test
  void networkErrorsCountOnlyBelowTheDatabaseLayer() {
    assertThat(Outages.of(new IllegalStateException(new ConnectException("refused")))).isEmpty();
    assertThat(Outages.of(new SQLException("eof", null, new java.io.EOFException())))
        .contains(Outages.Dependency.DATABASE);
  }

  @Test
  void keycloakUnreachableIsNamedAsSuch() {
    RuntimeException e =
        new DependencyUnavailableException(Outages.Dependency.KEYCLOAK, "down", null);

    assertThat(Outages.of(new RuntimeException(e))).contains(Outages.Dependency.KEYCLOAK);
    assertThat(Outages.Dependency.KEYCLOAK.messageKey()).isEqualTo("error.unavailable.keycloak");
  }

  @Test
  void bugsAndUserMistakesAreNotOutages() {
    assertThat(Outages.of(new NullPointerException())).isEmpty();
    assertThat(Outages.of(new SQLException("duplicate key", "23505"))).isEmpty();
    assertThat(Outages.of(new SQLException("syntax", "42601"))).isEmpty();
    assertThat(Outages.of(new SQLException("canceling statement due to timeout", "57014")))
        .isEmpty();
  }

  @Test
  void aCycleOfCausesEnds() {
    SQLException a = new SQLException("a", "XX000");
    SQLException b = new SQLException("b", "XX000");
    a.setNextException(b);
    b.setNextException(a);

    assertThat(Outages.of(a)).isEmpty();
  }
}
