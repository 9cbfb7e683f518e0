package id.klik.tenancy.application;

import id.klik.shared.infrastructure.KlikConfig;
import id.klik.tenancy.infrastructure.JdbcTenantStore;
import id.klik.tenancy.infrastructure.TenantMigrator;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Start-up, in the background so the server comes up at once: migrate the platform schema, migrate
 * every tenant schema (unless a deployment job does it), wait for Keycloak, then reconcile {@code
 * tenants/}. Readiness reports DOWN until this has finished.
 */
@ApplicationScoped
public class PlatformStartup {

  private static final Logger LOG = Logger.getLogger(PlatformStartup.class.getName());
  private static final long KEYCLOAK_WAIT_MILLIS = 300_000;

  @Inject KlikConfig config;
  @Inject JdbcTenantStore store;
  @Inject TenantDirectory keycloak;
  @Inject TenantReconciler reconciler;
  @Inject TenantRegistry registry;

  @Resource ManagedExecutorService executor;

  private volatile boolean finished;
  private volatile String failure;

  void onStart(@Observes @Initialized(ApplicationScoped.class) Object ignored) {
    executor.submit(this::start);
  }

  public boolean finished() {
    return finished;
  }

  /** Finished without failing: the app may take traffic. */
  public boolean succeeded() {
    return finished && failure == null;
  }

  public String failure() {
    return failure;
  }

  private void start() {
    long t0 = System.nanoTime();
    try {
      // the database or Keycloak not there yet (a restart of the whole stack): wait, never give up
      Retry.whileUnavailable("start-up", this::startOnce);
    } catch (RuntimeException | LinkageError e) {
      // a LinkageError too: it would otherwise vanish into the executor's Future unseen
      failure = String.valueOf(e);
      LOG.log(Level.SEVERE, "start-up failed", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      failure = "interrupted";
    } finally {
      finished = true;
      LOG.info(() -> String.format("start-up finished in %.1f s", (System.nanoTime() - t0) / 1e9));
    }
  }

  private void startOnce() throws InterruptedException {
    TenantMigrator migrator = new TenantMigrator(store.dataSource(), config.migrateThreads());
    migrator.migratePlatform();
    if (config.migrateOnStartup()) {
      List<TenantMigrator.Outcome> outcomes = migrator.migrateAllTenants();
      long failed = outcomes.stream().filter(o -> !o.ok()).count();
      LOG.info(() -> "migrated " + outcomes.size() + " tenant schemas, " + failed + " failed");
    }
    registry.reload();
    awaitKeycloak();
    reconciler.runNow("startup", "system");
    registry.reload();
  }

  private void awaitKeycloak() throws InterruptedException {
    long deadline = System.currentTimeMillis() + KEYCLOAK_WAIT_MILLIS;
    while (!keycloak.reachable()) {
      if (System.currentTimeMillis() > deadline) {
        // reconcile anyway: tenants needing Keycloak fail and are retried until it is back
        LOG.warning(() -> "Keycloak not reachable at " + config.keycloakUrl() + "; reconciling");
        return;
      }
      Thread.sleep(500);
    }
  }
}
