package id.klik.tenancy.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import javax.sql.DataSource;

/**
 * Plain JDBC in the current tenant, for the statements JPQL cannot say (full-text search, bulk
 * reads): a connection of the app's JTA pool inside the caller's transaction (or a short one of its
 * own). Within a transaction the pool hands out the connection EclipseLink holds, so a read sees
 * what was written before it in the same transaction. The search path is set local to the
 * transaction, as {@code TenantSearchPath} does for EclipseLink, so it never outlives it.
 */
@ApplicationScoped
public class TenantJdbc {

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
      throw new IllegalStateException("tenant " + schema + ": " + e.getMessage(), e);
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
