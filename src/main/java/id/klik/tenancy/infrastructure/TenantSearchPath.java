package id.klik.tenancy.infrastructure;

import id.klik.tenancy.application.TenantContext;
import id.klik.tenancy.application.TransactionPin;
import id.klik.tenancy.domain.TenantRef;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import org.eclipse.persistence.config.SessionCustomizer;
import org.eclipse.persistence.exceptions.DatabaseException;
import org.eclipse.persistence.internal.databaseaccess.Accessor;
import org.eclipse.persistence.sessions.DatabaseLogin;
import org.eclipse.persistence.sessions.Session;
import org.eclipse.persistence.sessions.SessionEvent;
import org.eclipse.persistence.sessions.SessionEventAdapter;

/**
 * Points every connection EclipseLink takes from the JTA pool at the current tenant's schema, with
 * {@code set_config('search_path', schema, true)}: local to the database transaction, so it ends
 * with it and a pooled connection never carries a tenant into the next one. Without a tenant the
 * path names a schema that does not exist, so an unqualified query fails loudly instead of reading
 * anyone's rows. Platform tables are always schema-qualified. The schema is pinned to the JTA
 * transaction, so entering another tenant before it ends fails instead of being silently ignored.
 */
public class TenantSearchPath implements SessionCustomizer {

  static final String NO_TENANT = "klik_no_tenant";

  @Override
  public void customize(Session session) {
    session.getEventManager().addListener(new Listener());
    // a lost connection is retried twice, 1 s apart (default 5 s): a database restart is ridden
    // out by requests already under way, and one still down answers 503 within seconds
    if (session.getDatasourceLogin() instanceof DatabaseLogin login) {
      login.setQueryRetryAttemptCount(2);
      login.setDelayBetweenConnectionAttempts(1_000);
    }
  }

  private static final class Listener extends SessionEventAdapter {
    @Override
    public void postAcquireConnection(SessionEvent event) {
      Accessor accessor = (Accessor) event.getResult();
      Connection connection = (Connection) accessor.getDatasourceConnection();
      String schema = TenantContext.current().map(TenantRef::schema).orElse(NO_TENANT);
      try (PreparedStatement statement =
          connection.prepareStatement("select set_config('search_path', ?, true)")) {
        statement.setString(1, schema);
        statement.execute();
      } catch (SQLException e) {
        throw DatabaseException.sqlException(e);
      }
      TransactionPin.pin(schema);
    }
  }
}
