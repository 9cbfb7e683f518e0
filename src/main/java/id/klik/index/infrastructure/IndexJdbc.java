package id.klik.index.infrastructure;

import id.klik.tenancy.application.TenantContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import javax.sql.DataSource;

/**
 * A connection of the app's JTA pool in the current tenant, inside the caller's transaction (or a
 * short one of its own): within a transaction the pool hands out the connection EclipseLink holds,
 * so a read sees what was written before it in the same transaction. The search path is set local
 * to the transaction, as the tenancy context does for EclipseLink.
 */
@ApplicationScoped
public class IndexJdbc {

  /** Work on one connection; the connection is not the work's to close. */
  @FunctionalInterface
  public interface Work<T> {
    T run(Connection connection) throws SQLException;
  }

  private static volatile DataSource dataSource;

  @Transactional
  public <T> T call(Work<T> work) {
    String schema = TenantContext.require().schema();
    try (Connection c = dataSource().getConnection()) {
      try (PreparedStatement s = c.prepareStatement("select set_config('search_path', ?, true)")) {
        s.setString(1, schema);
        s.execute();
      }
      return work.run(c);
    } catch (SQLException e) {
      throw new IllegalStateException("index cycles of " + schema + ": " + e.getMessage(), e);
    }
  }

  private static DataSource dataSource() {
    if (dataSource == null) {
      try {
        dataSource = InitialContext.doLookup("java:app/jdbc/klik");
      } catch (NamingException e) {
        throw new IllegalStateException("no data source java:app/jdbc/klik", e);
      }
    }
    return dataSource;
  }
}
