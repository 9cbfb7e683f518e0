package id.klik.mail.application;

import id.klik.mail.infrastructure.SmtpMailer;
import id.klik.shared.infrastructure.KlikConfig;
import id.klik.tenancy.application.PlatformStartup;
import id.klik.tenancy.application.TenantJobRunner;
import id.klik.tenancy.application.TenantJobs;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The outbox job: every {@code KLIK_OUTBOX_INTERVAL_SECONDS} it sends each active tenant's due mail
 * through {@link TenantJobs} (one replica at a time, progress and failures per tenant). It waits
 * for start-up (tenant schemas migrated) and does nothing while SMTP is not configured: messages
 * then stay queued and the mail health check says so.
 */
@ApplicationScoped
public class OutboxDelivery {

  private static final Logger LOG = Logger.getLogger(OutboxDelivery.class.getName());
  public static final String JOB = "mail-outbox";

  @Inject KlikConfig config;
  @Inject PlatformStartup startup;
  @Inject TenantJobs jobs;
  @Inject OutboxSender sender;
  @Inject SmtpMailer mailer;

  @Resource ManagedScheduledExecutorService scheduler;

  private ScheduledFuture<?> schedule;
  private volatile TenantJobRunner.Report lastRound;

  void onStart(@Observes @Initialized(ApplicationScoped.class) Object ignored) {
    long interval = config.outboxIntervalSeconds();
    schedule = scheduler.scheduleWithFixedDelay(this::round, interval, interval, TimeUnit.SECONDS);
    LOG.info(() -> "mail outbox every " + interval + " s, SMTP " + mailer.describe());
  }

  @PreDestroy
  void stop() {
    if (schedule != null) {
      schedule.cancel(false);
    }
  }

  public TenantJobRunner.Report lastRound() {
    return lastRound;
  }

  private void round() {
    if (!mailer.configured() || !startup.succeeded()) {
      return;
    }
    try {
      lastRound = jobs.runForEachActiveTenant(JOB, tenant -> sender.deliverDue());
    } catch (RuntimeException | LinkageError e) {
      // never let an exception end the schedule: the next round tries again
      LOG.log(Level.WARNING, "mail outbox round failed", e);
    }
  }
}
