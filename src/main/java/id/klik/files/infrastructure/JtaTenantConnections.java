package id.klik.files.infrastructure;

import id.klik.tenancy.application.TenantContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import javax.sql.DataSource;

/**
 * Connections of the JTA pool the app uses, inside the caller's transaction (or a short one of
 * their own): within one transaction the pool hands out the connection EclipseLink holds, so a file
 * commits with the entities written beside it. The search path is set as {@link
 * id.klik.tenancy.infrastructure.TenantSearchPath} sets it, local to the transaction.
 */
@ApplicationScoped
public class JtaTenantConnections implements TenantConnections {

  private static volatile DataSource dataSource;

  @Override
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
      throw new IllegalStateException("files of " + schema + ": " + e.getMessage(), e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
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
