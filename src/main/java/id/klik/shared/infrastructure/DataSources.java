package id.klik.shared.infrastructure;

import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.annotation.sql.DataSourceDefinitions;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The PostgreSQL connection pools, configured from {@code klik.db.*} (Payara resolves
 * {@code MPCONFIG=}). {@code klik} is the JTA pool every request uses; {@code klikMigrations} is
 * a small non-transactional pool for Flyway, which manages its own transactions per schema.
 */
@DataSourceDefinitions({
  @DataSourceDefinition(
      name = "java:app/jdbc/klik",
      className = "org.postgresql.ds.PGSimpleDataSource",
      url = "${MPCONFIG=klik.db.url}",
      user = "${MPCONFIG=klik.db.user}",
      password = "${MPCONFIG=klik.db.password}",
      minPoolSize = 4,
      maxPoolSize = 48,
      properties = {
        "fish.payara.is-connection-validation-required=true",
        "fish.payara.connection-validation-method=meta-data",
        "fish.payara.fail-all-connections=true",
        "ApplicationName=klik"
      }),
  @DataSourceDefinition(
      name = "java:app/jdbc/klikMigrations",
      className = "org.postgresql.ds.PGSimpleDataSource",
      url = "${MPCONFIG=klik.db.url}",
      user = "${MPCONFIG=klik.db.user}",
      password = "${MPCONFIG=klik.db.password}",
      transactional = false,
      minPoolSize = 0,
      maxPoolSize = 16,
      properties = {"ApplicationName=klik-migrations"})
})
@ApplicationScoped
public class DataSources {}
