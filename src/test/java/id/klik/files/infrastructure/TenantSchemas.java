package id.klik.files.infrastructure;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/**
 * A real PostgreSQL (embedded binaries) with tenant schemas migrated by the app's own tenant
 * migrations, and {@link TenantConnections} onto one of them that behave as the app's do: a call
 * outside a transaction runs in its own, a nested call joins the caller's.
 */
public final class TenantSchemas implements AutoCloseable {

  private final EmbeddedPostgres postgres;

  private TenantSchemas(EmbeddedPostgres postgres) {
    this.postgres = postgres;
  }

  public static TenantSchemas start(Path dataDir, String... schemas) throws IOException {
    EmbeddedPostgres pg =
        EmbeddedPostgres.builder()
            .setDataDirectory(dataDir)
            .setCleanDataDirectory(true)
            .setServerConfig("listen_addresses", "127.0.0.1")
            .start();
    for (String schema : schemas) {
      Flyway.configure()
          .dataSource(pg.getPostgresDatabase())
          .schemas(schema)
          .defaultSchema(schema)
          .createSchemas(true)
          .locations("classpath:db/tenant")
          .load()
          .migrate();
    }
    return new TenantSchemas(pg);
  }

  DataSource dataSource() {
    return postgres.getPostgresDatabase();
  }

  /** A connection held by the caller: its transactions are the calls' transactions. */
  public Tenant tenant(String schema) throws SQLException {
    Connection c = dataSource().getConnection();
    c.setAutoCommit(false);
    try (Statement s = c.createStatement()) {
      s.execute("set search_path to " + schema);
    }
    c.commit();
    return new Tenant(c);
  }

  public long count(String sql) throws SQLException {
    try (Connection c = dataSource().getConnection();
        Statement s = c.createStatement();
        var rs = s.executeQuery(sql)) {
      rs.next();
      return rs.getLong(1);
    }
  }

  @Override
  public void close() throws IOException {
    postgres.close();
  }

  /** One tenant's connections: commit at the end of the outermost call, roll back on failure. */
  public static final class Tenant implements TenantConnections, AutoCloseable {
    private final Connection connection;
    private int depth;

    Tenant(Connection connection) {
      this.connection = connection;
    }

    @Override
    public <T> T call(Work<T> work) {
      depth++;
      try {
        T result = work.run(connection);
        if (depth == 1) {
          connection.commit();
        }
        return result;
      } catch (SQLException | IOException | RuntimeException e) {
        if (depth == 1) {
          rollback();
        }
        if (e instanceof RuntimeException r) {
          throw r;
        }
        throw new IllegalStateException(e);
      } finally {
        depth--;
      }
    }

    private void rollback() {
      try {
        connection.rollback();
      } catch (SQLException ignored) {
        // the connection is broken; the next call says so
      }
    }

    Connection connection() {
      return connection;
    }

    @Override
    public void close() throws SQLException {
      connection.close();
    }
  }
}
