package id.klik.tenancy.infrastructure;

import java.util.List;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The migration job of a deployment (the Helm chart's pre-install/pre-upgrade hook): migrates the
 * platform schema and every tenant schema, then exits 0 if all succeeded, 1 otherwise, so app
 * replicas never race to migrate. Reads KLIK_DB_URL, KLIK_DB_USER, KLIK_DB_PASSWORD and
 * KLIK_MIGRATE_THREADS.
 */
public final class MigrateCommand {

  private MigrateCommand() {}

  public static void main(String[] args) {
    PGSimpleDataSource dataSource = new PGSimpleDataSource();
    dataSource.setURL(env("KLIK_DB_URL", null));
    dataSource.setUser(env("KLIK_DB_USER", "postgres"));
    dataSource.setPassword(env("KLIK_DB_PASSWORD", ""));
    TenantMigrator migrator =
        new TenantMigrator(dataSource, Integer.parseInt(env("KLIK_MIGRATE_THREADS", "4")));
    migrator.migratePlatform();
    List<TenantMigrator.Outcome> outcomes = migrator.migrateAllTenants();
    long failed = outcomes.stream().filter(o -> !o.ok()).count();
    outcomes.stream()
        .filter(o -> !o.ok())
        .forEach(o -> System.err.println("FAILED " + o.schema() + ": " + o.error()));
    System.out.printf("migrated %d tenant schemas, %d failed%n", outcomes.size() - failed, failed);
    System.exit(failed == 0 ? 0 : 1);
  }

  private static String env(String name, String fallback) {
    String value = System.getenv(name);
    if (value == null || value.isBlank()) {
      if (fallback == null) {
        throw new IllegalArgumentException(name + " is required");
      }
      return fallback;
    }
    return value;
  }
}
