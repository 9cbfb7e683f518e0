package id.klik.shared.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import javax.sql.DataSource;

/**
 * The non-transactional pool for the {@code platform} schema's shared tables (registry, published
 * templates, lineage), whose writes must commit at once. Every context reaches it here rather than
 * through another context's infrastructure.
 */
@ApplicationScoped
public class PlatformDatabase {

  private static final String JNDI = "java:app/jdbc/klikMigrations";

  private volatile DataSource dataSource;

  /**
   * Looked up on first use: the application's data sources are bound after CDI starts creating
   * beans, so injection would fail at deployment.
   */
  public DataSource dataSource() {
    if (dataSource == null) {
      try {
        dataSource = InitialContext.doLookup(JNDI);
      } catch (NamingException e) {
        throw new IllegalStateException("data source " + JNDI + " not bound", e);
      }
    }
    return dataSource;
  }
}
