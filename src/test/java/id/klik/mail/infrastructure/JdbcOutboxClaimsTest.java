package id.klik.mail.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import id.klik.tenancy.application.TenantScope;
import id.klik.tenancy.domain.RegionTimeZone;
import id.klik.tenancy.domain.TenantKind;
import id.klik.tenancy.domain.TenantRef;
import id.klik.tenancy.domain.TenantStatus;
import id.klik.tenancy.infrastructure.TenantMigrator;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The claim rules of the outbox on a real PostgreSQL with the real tenant migrations. */
class JdbcOutboxClaimsTest {

  private static final Duration LEASE = Duration.ofMinutes(5);
  private static final TenantRef A = tenant("a");
  private static final TenantRef B = tenant("b");

  private static EmbeddedPostgres postgres;
  private static DataSource db;
  private static JdbcOutboxClaims claims;

  @BeforeAll
  static void start() throws Exception {
    postgres = EmbeddedPostgres.builder().start();
    db = postgres.getPostgresDatabase();
    TenantMigrator migrator = new TenantMigrator(db, 1);
    migrator.migratePlatform();
    assertThat(migrator.migrateTenant("t_a").ok()).isTrue();
    assertThat(migrator.migrateTenant("t_b").ok()).isTrue();
    claims = new JdbcOutboxClaims(db);
  }

  @AfterAll
  static void stop() throws Exception {
    postgres.close();
  }

  @BeforeEach
  void empty() throws SQLException {
    sql("truncate t_a.outbox; truncate t_b.outbox");
  }

  @Test
  void claimsDueQueuedMessagesAndCountsTheAttempt() throws SQLException {
    UUID due = queue("t_a", "now() - interval '1 second'");

    List<JdbcOutboxClaims.Claimed> claimed = claimIn(A);

    assertThat(claimed).extracting(JdbcOutboxClaims.Claimed::id).containsExactly(due);
    assertThat(claimed.get(0).attempt()).isEqualTo(1);
    assertThat(claimed.get(0).parameters()).containsEntry("name", "Rina");
    assertThat(status(due)).isEqualTo("SENDING");
  }

  @Test
  void leavesMessagesWhoseNextAttemptHasNotCome() throws SQLException {
    queue("t_a", "now() + interval '1 minute'");

    assertThat(claimIn(A)).isEmpty();
  }

  @Test
  void neverClaimsAClaimedMessageAgainWithinItsLease() throws SQLException {
    queue("t_a", "now()");
    assertThat(claimIn(A)).hasSize(1);

    assertThat(claimIn(A)).isEmpty();
  }

  @Test
  void takesBackAClaimOlderThanItsLeaseAsTheNextAttempt() throws SQLException {
    UUID id = queue("t_a", "now()");
    claimIn(A);
    sql("update t_a.outbox set claimed_at = now() - interval '6 minutes'");

    List<JdbcOutboxClaims.Claimed> again = claimIn(A);

    assertThat(again).extracting(JdbcOutboxClaims.Claimed::id).containsExactly(id);
    assertThat(again.get(0).attempt()).isEqualTo(2);
  }

  @Test
  void skipsARowAnotherSenderHoldsInsteadOfWaitingForIt() throws SQLException {
    UUID held = queue("t_a", "now()");
    UUID free = queue("t_a", "now()");
    try (Connection other = db.getConnection()) {
      other.setAutoCommit(false);
      try (PreparedStatement s =
          other.prepareStatement("select 1 from t_a.outbox where id = ? for update")) {
        s.setObject(1, held);
        s.executeQuery();
      }

      List<JdbcOutboxClaims.Claimed> claimed = claimIn(A);

      assertThat(claimed).extracting(JdbcOutboxClaims.Claimed::id).containsExactly(free);
      other.rollback();
    }
  }

  @Test
  void aSentMessageIsNeverClaimedAgain() throws SQLException {
    UUID id = queue("t_a", "now()");
    claimIn(A);
    try (TenantScope scope = TenantScope.enter(A)) {
      claims.markSent(id);
    }
    sql("update t_a.outbox set claimed_at = now() - interval '1 hour'");

    assertThat(claimIn(A)).isEmpty();
    assertThat(status(id)).isEqualTo("SENT");
  }

  @Test
  void aRetryWaitsForItsTimeWithItsError() throws SQLException {
    UUID id = queue("t_a", "now()");
    claimIn(A);
    try (TenantScope scope = TenantScope.enter(A)) {
      claims.markRetry(id, Instant.now().plusSeconds(60), "Connection refused");
    }

    assertThat(claimIn(A)).isEmpty();
    assertThat(status(id)).isEqualTo("QUEUED");
    assertThat(text("select last_error from t_a.outbox")).isEqualTo("Connection refused");
  }

  @Test
  void aFailedMessageStaysFailed() throws SQLException {
    UUID id = queue("t_a", "now()");
    claimIn(A);
    try (TenantScope scope = TenantScope.enter(A)) {
      claims.markFailed(id, "550 no such user");
    }
    sql("update t_a.outbox set next_attempt_at = now() - interval '1 hour'");

    assertThat(claimIn(A)).isEmpty();
    assertThat(status(id)).isEqualTo("FAILED");
  }

  @Test
  void aTenantClaimsOnlyItsOwnOutbox() throws SQLException {
    queue("t_a", "now()");

    assertThat(claimIn(B)).isEmpty();
    assertThat(claimIn(A)).hasSize(1);
  }

  @Test
  void anotherTenantCannotMarkThisTenantsMessage() throws SQLException {
    UUID id = queue("t_a", "now()");
    claimIn(A);

    try (TenantScope scope = TenantScope.enter(B)) {
      claims.markSent(id);
      claims.markFailed(id, "not yours");
    }

    assertThat(status(id)).isEqualTo("SENDING");
  }

  private static List<JdbcOutboxClaims.Claimed> claimIn(TenantRef tenant) {
    try (TenantScope scope = TenantScope.enter(tenant)) {
      return claims.claimDue(10, LEASE);
    }
  }

  private static UUID queue(String schema, String nextAttemptAt) throws SQLException {
    UUID id = UUID.randomUUID();
    sql(
        "insert into "
            + schema
            + ".outbox (id, idempotency_key, recipient, language, template_key, parameters,"
            + " next_attempt_at) values ('"
            + id
            + "', 'k-"
            + id
            + "', 'rina@example.go.id', 'id', 'welcome', '{\"name\": \"Rina\"}', "
            + nextAttemptAt
            + ")");
    return id;
  }

  private static String status(UUID id) throws SQLException {
    return text("select status from t_a.outbox where id = '" + id + "'");
  }

  private static String text(String query) throws SQLException {
    try (Connection c = db.getConnection();
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery(query)) {
      rs.next();
      return rs.getString(1);
    }
  }

  private static void sql(String statement) throws SQLException {
    try (Connection c = db.getConnection();
        Statement s = c.createStatement()) {
      s.execute(statement);
    }
  }

  private static TenantRef tenant(String slug) {
    return new TenantRef(
        slug,
        "t_" + slug,
        "Kota " + slug,
        TenantKind.KOTA,
        "61.71",
        TenantStatus.ACTIVE,
        "id",
        RegionTimeZone.WIB);
  }
}
