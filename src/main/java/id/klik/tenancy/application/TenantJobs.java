package id.klik.tenancy.application;

import id.klik.tenancy.domain.JobRun;
import id.klik.tenancy.infrastructure.JdbcJobRunStore;
import id.klik.tenancy.infrastructure.JdbcTenantStore;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;

/**
 * The one way to do background work over tenants: {@link #runForEachActiveTenant} enters every
 * active tenant in turn, once across replicas, and records each tenant's progress and failure in
 * {@code platform.job_run}; one failing tenant never stops the others. Its users: the mail outbox
 * sender and the start-up reconcile.
 */
@ApplicationScoped
public class TenantJobs {

  @Inject JdbcTenantStore store;
  @Inject TenantRegistry registry;

  public TenantJobRunner.Report runForEachActiveTenant(
      String job, TenantJobRunner.TenantWork work) {
    return runner().runForEach(job, registry.active(), work);
  }

  /** Records one tenant's run of work that enters its tenant itself (see the runner). */
  public TenantJobRunner.Outcome record(
      String job, String tenant, TenantJobRunner.TenantWork work) {
    return runner().record(job, tenant, work);
  }

  public List<JobRun> runs() {
    return new JdbcJobRunStore(store.dataSource()).all();
  }

  private TenantJobRunner runner() {
    return new TenantJobRunner(store.dataSource());
  }
}
