package id.klik.mail.infrastructure;

import id.klik.mail.domain.MailAttachment;
import id.klik.tenancy.application.TenantContext;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * The sender's side of the current tenant's outbox, on the non-transactional pool: every call is a
 * short transaction of its own that commits before anything is sent, so a claim is visible to the
 * other replicas while the SMTP conversation runs, and the mark after it never waits on a lock.
 */
public final class JdbcOutboxClaims {

  /** A message claimed for one attempt ({@code attempt} counts from 1). */
  public record Claimed(
      UUID id,
      String recipient,
      String language,
      String templateKey,
      Map<String, String> parameters,
      int attempt,
      MailAttachment attachment) {}

  private final DataSource dataSource;

  public JdbcOutboxClaims(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  /**
   * Claims up to {@code limit} due messages: QUEUED ones whose next attempt has come, and SENDING
   * ones whose claim is older than {@code lease} (their sender died between claim and mark). Rows
   * another sender holds are skipped, never waited for, so two senders never claim the same row.
   */
  public List<Claimed> claimDue(int limit, Duration lease) {
    String sql =
        "update outbox o set status = 'SENDING', attempts = o.attempts + 1, claimed_at = now()"
            + " where o.id in (select id from outbox"
            + "   where (status = 'QUEUED' and next_attempt_at <= now())"
            + "      or (status = 'SENDING' and claimed_at < now() - make_interval(secs => ?))"
            + "   order by next_attempt_at, created_at limit ? for update skip locked)"
            + " returning o.id, o.recipient, o.language, o.template_key, o.parameters::text,"
            + " o.attempts, o.attachment_name, o.attachment_type, o.attachment";
    return inTransaction(
        c -> {
          try (PreparedStatement s = c.prepareStatement(sql)) {
            s.setDouble(1, lease.toMillis() / 1000.0);
            s.setInt(2, limit);
            List<Claimed> out = new ArrayList<>();
            try (ResultSet rs = s.executeQuery()) {
              while (rs.next()) {
                out.add(
                    new Claimed(
                        (UUID) rs.getObject(1),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getString(4),
                        parameters(rs.getString(5)),
                        rs.getInt(6),
                        attachment(rs.getString(7), rs.getString(8), rs.getBytes(9))));
              }
            }
            return out;
          }
        });
  }

  public void markSent(UUID id) {
    execute(
        "update outbox set status = 'SENT', sent_at = now(), claimed_at = null, last_error = null"
            + " where id = ? and status = 'SENDING'",
        id);
  }

  public void markRetry(UUID id, Instant nextAttempt, String error) {
    execute(
        "update outbox set status = 'QUEUED', next_attempt_at = ?, claimed_at = null,"
            + " last_error = ? where id = ? and status = 'SENDING'",
        Timestamp.from(nextAttempt),
        error,
        id);
  }

  public void markFailed(UUID id, String error) {
    execute(
        "update outbox set status = 'FAILED', claimed_at = null, last_error = ?"
            + " where id = ? and status = 'SENDING'",
        error,
        id);
  }

  private void execute(String sql, Object... args) {
    inTransaction(
        c -> {
          try (PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
              s.setObject(i + 1, args[i]);
            }
            return s.executeUpdate();
          }
        });
  }

  private interface Work<T> {
    T run(Connection c) throws SQLException;
  }

  /** Runs work in one transaction whose search path is the current tenant's schema. */
  private <T> T inTransaction(Work<T> work) {
    String schema = TenantContext.require().schema();
    try (Connection c = dataSource.getConnection()) {
      c.setAutoCommit(false);
      try {
        try (PreparedStatement s =
            c.prepareStatement("select set_config('search_path', ?, true)")) {
          s.setString(1, schema);
          s.execute();
        }
        T result = work.run(c);
        c.commit();
        return result;
      } catch (SQLException | RuntimeException e) {
        c.rollback();
        throw e;
      } finally {
        c.setAutoCommit(true);
      }
    } catch (SQLException e) {
      throw new IllegalStateException("outbox of " + schema + ": " + e.getMessage(), e);
    }
  }

  private static MailAttachment attachment(String name, String type, byte[] content) {
    return name == null || type == null || content == null
        ? null
        : new MailAttachment(name, type, content);
  }

  private static Map<String, String> parameters(String json) {
    Map<String, String> out = new LinkedHashMap<>();
    try (JsonReader reader = Json.createReader(new StringReader(json))) {
      JsonObject object = reader.readObject();
      object.forEach(
          (k, v) ->
              out.put(
                  k,
                  v.getValueType() == jakarta.json.JsonValue.ValueType.STRING
                      ? object.getString(k)
                      : v.toString()));
    }
    return out;
  }
}
