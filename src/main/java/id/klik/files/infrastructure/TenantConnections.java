package id.klik.files.infrastructure;

import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;

/** Runs work on a connection whose search path is the current tenant's schema. */
@FunctionalInterface
public interface TenantConnections {

  /** Work on one connection; the connection is not the work's to close. */
  @FunctionalInterface
  interface Work<T> {
    T run(Connection connection) throws SQLException, IOException;
  }

  <T> T call(Work<T> work);
}
