package id.klik.tenancy.infrastructure;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Applies the Flyway migration sets: {@code db/platform} to the platform schema and {@code
 * db/tenant} to every tenant schema, in parallel. Each tenant's outcome (version, or the error) is
 * recorded in {@code platform.tenant}; one broken tenant never stops the others, and a re-run
 * resumes where each schema stands. Plain Java, so the same code runs in the app and as the
 * deployment's migration job ({@link MigrateCommand}).
 */
public final class TenantMigrator {

  private static final Logger LOG = Logger.getLogger(TenantMigrator.class.getName());

  private final DataSource dataSource;
  private final int threads;

  public TenantMigrator(DataSource dataSource, int threads) {
    this.dataSource = dataSource;
    this.threads = Math.max(1, threads);
  }

  /** One tenant's outcome. */
  public record Outcome(String schema, boolean ok, String version, String error) {}

  public void migratePlatform() {
    flyway("platform", "classpath:db/platform").migrate();
  }

  /** Migrates one tenant schema, creating it if needed, and records the outcome. */
  public Outcome migrateTenant(String schema) {
    record(schema, "RUNNING", null, null);
    try {
      MigrateResult result = flyway(schema, "classpath:db/tenant").migrate();
      String version = currentVersion(schema, result);
      record(schema, "OK", version, null);
      return new Outcome(schema, true, version, null);
    } catch (RuntimeException e) {
      String error = e.getMessage() == null ? e.toString() : e.getMessage();
      LOG.log(Level.WARNING, "tenant schema " + schema + " failed to migrate: " + error);
      record(schema, "FAILED", null, error);
      return new Outcome(schema, false, null, error);
    }
  }

  /**
   * Migrates every registered tenant schema with {@code threads} workers. A schema whose recorded
   * version is already the newest of {@code db/tenant} and whose last run succeeded is skipped
   * without asking Flyway, so a start with hundreds of current tenants stays quick.
   */
  public List<Outcome> migrateAllTenants() {
    List<Registered> registered = registeredSchemas();
    String latest = latestTenantVersion(registered);
    List<String> schemas =
        registered.stream()
            .filter(r -> latest == null || !"OK".equals(r.state()) || !latest.equals(r.version()))
            .map(Registered::schema)
            .toList();
    ExecutorService pool =
        Executors.newFixedThreadPool(Math.min(threads, Math.max(1, schemas.size())));
    try {
      List<Future<Outcome>> futures = new ArrayList<>();
      for (String schema : schemas) {
        futures.add(pool.submit(() -> migrateTenant(schema)));
      }
      List<Outcome> outcomes = new ArrayList<>();
      for (Future<Outcome> f : futures) {
        outcomes.add(f.get());
      }
      return outcomes;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("migration interrupted", e);
    } catch (ExecutionException e) {
      throw new IllegalStateException("migration worker failed", e.getCause());
    } finally {
      pool.shutdownNow();
    }
  }

  private Flyway flyway(String schema, String location) {
    return Flyway.configure(TenantMigrator.class.getClassLoader())
        .dataSource(dataSource)
        .schemas(schema)
        .defaultSchema(schema)
        .createSchemas(true)
        .locations(location)
        .load();
  }

  private String currentVersion(String schema, MigrateResult result) {
    if (result.targetSchemaVersion != null) {
      return result.targetSchemaVersion;
    }
    var current = flyway(schema, "classpath:db/tenant").info().current();
    return current == null ? null : current.getVersion().getVersion();
  }

  private record Registered(String schema, String version, String state) {}

  /** The newest version in {@code db/tenant}, read through one schema; null if none is known. */
  private String latestTenantVersion(List<Registered> registered) {
    if (registered.isEmpty()) {
      return null;
    }
    var all = flyway(registered.get(0).schema(), "classpath:db/tenant").info().all();
    return all.length == 0 ? null : all[all.length - 1].getVersion().getVersion();
  }

  private List<Registered> registeredSchemas() {
    try (Connection c = dataSource.getConnection();
        PreparedStatement s =
            c.prepareStatement(
                "select schema_name, schema_version, migration_state from platform.tenant order by slug");
        ResultSet rs = s.executeQuery()) {
      List<Registered> schemas = new ArrayList<>();
      while (rs.next()) {
        schemas.add(new Registered(rs.getString(1), rs.getString(2), rs.getString(3)));
      }
      return schemas;
    } catch (SQLException e) {
      throw new IllegalStateException("cannot list tenant schemas", e);
    }
  }

  private void record(String schema, String state, String version, String error) {
    String sql =
        "update platform.tenant set migration_state = ?, migration_error = ?,"
            + " schema_version = coalesce(?, schema_version),"
            + " migrated_at = case when ? = 'OK' then now() else migrated_at end,"
            + " updated_at = now() where schema_name = ?";
    try (Connection c = dataSource.getConnection();
        PreparedStatement s = c.prepareStatement(sql)) {
      s.setString(1, state);
      s.setString(2, error);
      s.setString(3, version);
      s.setString(4, state);
      s.setString(5, schema);
      s.executeUpdate();
    } catch (SQLException e) {
      LOG.log(Level.WARNING, "cannot record migration state of " + schema, e);
    }
  }
}
