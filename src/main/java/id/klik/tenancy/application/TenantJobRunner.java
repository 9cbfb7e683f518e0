package id.klik.tenancy.application;

import id.klik.tenancy.domain.TenantRef;
import id.klik.tenancy.infrastructure.JdbcJobRunStore;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * Runs one job for a list of tenants, each inside its own {@link TenantScope}, recording each
 * tenant's run in {@code platform.job_run}. A failing tenant is recorded and the next one runs.
 * Only one replica runs a job at a time: the run holds a session advisory lock on the job's name on
 * a connection of its own, and a replica that does not get it skips the round. Plain Java, so a
 * test drives it with a real PostgreSQL and no container.
 */
public final class TenantJobRunner {

  private static final Logger LOG = Logger.getLogger(TenantJobRunner.class.getName());

  /** The advisory-lock key space of jobs, apart from the one-key locks of onboarding. */
  private static final int JOB_LOCK_SPACE = 2;

  /** A job's work for the tenant in scope; answers how many items it handled. */
  @FunctionalInterface
  public interface TenantWork {
    int run(TenantRef tenant) throws Exception;
  }

  /** One tenant's result in a round. */
  public record Outcome(String tenant, int progress, String error) {
    public boolean ok() {
      return error == null;
    }
  }

  /** A round of a job: {@code ran} is false when another replica held the job. */
  public record Report(String job, boolean ran, List<Outcome> outcomes) {
    public long failed() {
      return outcomes.stream().filter(o -> !o.ok()).count();
    }
  }

  private final DataSource dataSource;
  private final JdbcJobRunStore runs;

  public TenantJobRunner(DataSource dataSource) {
    this.dataSource = dataSource;
    this.runs = new JdbcJobRunStore(dataSource);
  }

  public Report runForEach(String job, List<TenantRef> tenants, TenantWork work) {
    try (Connection lock = dataSource.getConnection()) {
      if (!tryLock(lock, job)) {
        return new Report(job, false, List.of());
      }
      try {
        List<Outcome> outcomes = new ArrayList<>();
        for (TenantRef tenant : tenants) {
          outcomes.add(runOne(job, tenant, work));
        }
        return new Report(job, true, outcomes);
      } finally {
        unlock(lock, job);
      }
    } catch (SQLException e) {
      throw new IllegalStateException("job " + job + " cannot take its lock: " + e.getMessage(), e);
    }
  }

  private Outcome runOne(String job, TenantRef tenant, TenantWork work) {
    runs.started(job, tenant.slug());
    int progress = 0;
    String error = null;
    try (TenantScope scope = TenantScope.enter(tenant)) {
      progress = work.run(tenant);
    } catch (Exception | LinkageError e) {
      error = e.getMessage() == null ? e.toString() : e.getMessage();
      String message = error;
      LOG.warning(() -> "tenant=" + tenant.slug() + " job " + job + " failed: " + message);
    }
    runs.finished(job, tenant.slug(), progress, error);
    return new Outcome(tenant.slug(), progress, error);
  }

  /**
   * Records a run of work that enters its tenant itself (onboarding builds the tenant it enters),
   * for a job whose replicas coordinate per tenant rather than per job.
   */
  public Outcome record(String job, String tenant, TenantWork work) {
    runs.started(job, tenant);
    int progress = 0;
    String error = null;
    try {
      progress = work.run(null);
    } catch (Exception e) {
      error = e.getMessage() == null ? e.toString() : e.getMessage();
    }
    runs.finished(job, tenant, progress, error);
    return new Outcome(tenant, progress, error);
  }

  private static boolean tryLock(Connection c, String job) throws SQLException {
    try (PreparedStatement s = c.prepareStatement("select pg_try_advisory_lock(?, hashtext(?))")) {
      s.setInt(1, JOB_LOCK_SPACE);
      s.setString(2, job);
      try (ResultSet rs = s.executeQuery()) {
        return rs.next() && rs.getBoolean(1);
      }
    }
  }

  private static void unlock(Connection c, String job) {
    try (PreparedStatement s = c.prepareStatement("select pg_advisory_unlock(?, hashtext(?))")) {
      s.setInt(1, JOB_LOCK_SPACE);
      s.setString(2, job);
      s.execute();
    } catch (SQLException e) {
      // closing the connection ends the session, which releases the lock as well
      LOG.warning(() -> "job " + job + " lock release: " + e.getMessage());
    }
  }
}
