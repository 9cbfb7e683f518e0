package id.klik.consultation.application;

import id.klik.tenancy.application.PlatformStartup;
import id.klik.tenancy.application.TenantJobs;
import id.klik.tenancy.domain.TenantModule;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The reminder job: every 10 minutes, in each active tenant with consultations switched on, the
 * consultations of the next day are reminded ({@link ConsultationReminders}), once across replicas
 * through {@link TenantJobs}.
 */
@ApplicationScoped
public class ReminderJob {

  private static final Logger LOG = Logger.getLogger(ReminderJob.class.getName());
  public static final String JOB = "consultation-reminders";
  static final long INTERVAL_SECONDS = 600;

  @Inject PlatformStartup startup;
  @Inject TenantJobs jobs;
  @Inject ConsultationReminders reminders;

  @Resource ManagedScheduledExecutorService scheduler;

  private ScheduledFuture<?> schedule;

  void onStart(@Observes @Initialized(ApplicationScoped.class) Object ignored) {
    schedule =
        scheduler.scheduleWithFixedDelay(this::round, 60, INTERVAL_SECONDS, TimeUnit.SECONDS);
  }

  @PreDestroy
  void stop() {
    if (schedule != null) {
      schedule.cancel(false);
    }
  }

  /** One round now (also for tests); answers nothing, failures are in the job's runs. */
  public void round() {
    if (!startup.succeeded()) {
      return;
    }
    try {
      jobs.runForEachActiveTenant(
          JOB,
          tenant ->
              tenant.enabled(TenantModule.CONSULTATIONS) ? reminders.remindDue(Instant.now()) : 0);
    } catch (RuntimeException | LinkageError e) {
      LOG.log(Level.WARNING, "consultation reminders round failed", e);
    }
  }
}
