package id.klik.tenancy.application;

import id.klik.shared.infrastructure.KlikConfig;
import id.klik.shared.infrastructure.Outages;
import id.klik.shared.yaml.YamlProblem;
import id.klik.tenancy.domain.ManifestResult;
import id.klik.tenancy.infrastructure.ApiManifests;
import id.klik.tenancy.infrastructure.JdbcApiTenantStore;
import id.klik.tenancy.infrastructure.ManifestReader;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;

/**
 * Makes the registry match {@code tenants/}: onboards what is missing, applies changed settings,
 * never deletes. A bad manifest is reported and skipped; the others still come up. One run at a
 * time; its progress can be read while it runs.
 */
@ApplicationScoped
public class TenantReconciler {

  private static final Logger LOG = Logger.getLogger(TenantReconciler.class.getName());

  @Inject KlikConfig config;
  @Inject Onboarding onboarding;
  @Inject TenantRegistry registry;
  @Inject TenantJobs jobs;
  @Inject JdbcApiTenantStore apiStore;
  @Inject Event<TenantsReconciled> reconciled;

  private static final int MAX_PARALLEL_ONBOARDINGS = 7;

  @Resource ManagedExecutorService executor;
  @Resource ManagedScheduledExecutorService scheduler;

  /** Runs stopped by an outage in a row; sets the pause before the next try. */
  private final java.util.concurrent.atomic.AtomicInteger failedRuns =
      new java.util.concurrent.atomic.AtomicInteger();

  private final java.util.concurrent.atomic.AtomicBoolean running =
      new java.util.concurrent.atomic.AtomicBoolean();
  private volatile ReconcileProgress last;
  private final List<ReconcileProgress.Entry> entries =
      Collections.synchronizedList(new ArrayList<>());

  public Optional<ReconcileProgress> progress() {
    ReconcileProgress p = last;
    return p == null ? Optional.empty() : Optional.of(withEntries(p));
  }

  /** Starts a run in the background, or returns the one already running. */
  public ReconcileProgress start(String trigger, String actor) {
    if (!begin(trigger, actor)) {
      return progress().orElseThrow();
    }
    executor.submit(this::runGuarded);
    return progress().orElseThrow();
  }

  /** Runs in the calling thread (start-up); returns at once if a run is under way. */
  public ReconcileProgress runNow(String trigger, String actor) {
    if (begin(trigger, actor)) {
      runGuarded();
    }
    return progress().orElseThrow();
  }

  private boolean begin(String trigger, String actor) {
    if (!running.compareAndSet(false, true)) {
      return false;
    }
    entries.clear();
    last = new ReconcileProgress(trigger, actor, Instant.now(), null, 0, 0, 0, List.of());
    return true;
  }

  private void runGuarded() {
    boolean failed = false;
    try {
      run();
      failed = countRetryable() > 0;
    } catch (RuntimeException e) {
      LOG.severe("reconcile failed: " + e);
      finish(countFailed() + 1);
      failed = Outages.of(e).isPresent();
    } finally {
      running.set(false);
    }
    retryLater(failed);
  }

  /**
   * An onboarding stopped by an outage (Keycloak or the database down) is tried again by itself,
   * after 5 s doubling up to 5 min: each step is recorded and idempotent, so the retry completes
   * what is missing and a tenant is never left half done. Other failures (a bad manifest, a failed
   * migration) wait for a person to fix them and reconcile.
   */
  private void retryLater(boolean failed) {
    if (!failed) {
      failedRuns.set(0);
      return;
    }
    long delay = retryDelaySeconds(failedRuns.incrementAndGet());
    LOG.warning(() -> "reconcile left tenants failed; trying again in " + delay + " s");
    scheduler.schedule(() -> start("retry", "system"), delay, TimeUnit.SECONDS);
  }

  static long retryDelaySeconds(int failedRunsInARow) {
    return Math.min(300, 5L << Math.min(Math.max(failedRunsInARow - 1, 0), 6));
  }

  private int countRetryable() {
    synchronized (entries) {
      return (int)
          entries.stream()
              .filter(e -> e.result().equals(Onboarding.Result.UNAVAILABLE.name()))
              .count();
    }
  }

  private void run() {
    List<ManifestResult> manifests =
        new ArrayList<>(new ManifestReader().readAll(config.tenantsDir()));
    manifests.addAll(apiManifests(manifests));
    update(manifests.size(), 0, 0);
    List<Future<?>> pending = new ArrayList<>();
    // each onboarding holds its lock connection and works on a second one from the 16-connection
    // migration pool (web.xml): more than 7 at once could wait for connections
    int threads = Math.min(config.migrateThreads(), MAX_PARALLEL_ONBOARDINGS);
    for (ManifestResult m : manifests) {
      if (!m.valid()) {
        entries.add(new ReconcileProgress.Entry(m.folder(), "INVALID", format(m.problems())));
        LOG.warning(() -> "tenant manifest " + m.folder() + " skipped: " + format(m.problems()));
        update(manifests.size(), entries.size(), countFailed());
        continue;
      }
      pending.add(
          executor.submit(
              () -> {
                Onboarding.Result r;
                try {
                  r = onboardRecorded(m);
                } catch (RuntimeException e) { // e.g. the database down: not even recorded
                  LOG.warning(() -> "tenant " + m.folder() + " onboarding failed: " + e);
                  r =
                      Outages.of(e).isPresent()
                          ? Onboarding.Result.UNAVAILABLE
                          : Onboarding.Result.FAILED;
                }
                entries.add(new ReconcileProgress.Entry(m.folder(), r.name(), List.of()));
                update(manifests.size(), entries.size(), countFailed());
              }));
      if (pending.size() >= threads) {
        await(pending.remove(0));
      }
    }
    pending.forEach(TenantReconciler::await);
    registry.reload();
    reconciled.fire(new TenantsReconciled());
    finish(countFailed());
  }

  /**
   * The tenants created through the API or console whose slug has no folder (a folder wins), so an
   * onboarding cut short by a crash is completed like a folder's.
   */
  private List<ManifestResult> apiManifests(List<ManifestResult> folders) {
    java.util.Set<String> taken =
        folders.stream().map(ManifestResult::folder).collect(java.util.stream.Collectors.toSet());
    ApiManifests reader = new ApiManifests();
    return apiStore.stored().stream()
        .filter(s -> !taken.contains(s.slug()))
        .map(s -> reader.read(s.slug(), s.manifest()))
        .toList();
  }

  /**
   * Onboards one tenant created through the API or console in the background; an outage is retried
   * like a reconcile's (a whole run later, which completes what is missing).
   */
  public void onboardInBackground(ManifestResult m) {
    executor.submit(
        () -> {
          Onboarding.Result r;
          try {
            r = onboardRecorded(m);
          } catch (RuntimeException e) {
            LOG.warning(() -> "tenant " + m.folder() + " onboarding failed: " + e);
            r =
                Outages.of(e).isPresent()
                    ? Onboarding.Result.UNAVAILABLE
                    : Onboarding.Result.FAILED;
          }
          registry.reload();
          if (r == Onboarding.Result.UNAVAILABLE) {
            retryLater(true);
          }
        });
  }

  /**
   * Onboards through the tenant job runner, so each tenant's reconcile is recorded like any tenant
   * job ({@code platform.job_run}, job {@code reconcile}). Replicas coordinate per tenant here (the
   * onboarding lock), not per job: every replica must see its tenants reconciled before it is
   * ready.
   */
  private Onboarding.Result onboardRecorded(ManifestResult m) {
    Onboarding.Result[] result = {Onboarding.Result.FAILED};
    jobs.record(
        "reconcile",
        m.manifest().orElseThrow().slug().value(),
        ignored -> {
          try {
            result[0] = onboarding.ensure(m);
          } catch (RuntimeException e) {
            if (Outages.of(e).isPresent()) {
              result[0] = Onboarding.Result.UNAVAILABLE; // retried once the outage is over
            }
            throw e;
          }
          if (result[0] == Onboarding.Result.FAILED) {
            throw new IllegalStateException("onboarding failed; see the platform console");
          }
          return result[0] == Onboarding.Result.UNCHANGED ? 0 : 1;
        });
    return result[0];
  }

  private int countFailed() {
    synchronized (entries) {
      return (int)
          entries.stream()
              .filter(
                  e ->
                      !e.result().equals("ONBOARDED")
                          && !e.result().equals("UPDATED")
                          && !e.result().equals("UNCHANGED"))
              .count();
    }
  }

  private synchronized void update(int total, int done, int failed) {
    last =
        new ReconcileProgress(
            last.trigger(), last.actor(), last.startedAt(), null, total, done, failed, List.of());
  }

  private synchronized void finish(int failed) {
    last =
        new ReconcileProgress(
            last.trigger(),
            last.actor(),
            last.startedAt(),
            Instant.now(),
            last.total(),
            entries.size(),
            failed,
            List.of());
  }

  private ReconcileProgress withEntries(ReconcileProgress p) {
    synchronized (entries) {
      return new ReconcileProgress(
          p.trigger(),
          p.actor(),
          p.startedAt(),
          p.finishedAt(),
          p.total(),
          p.done(),
          p.failed(),
          List.copyOf(entries));
    }
  }

  private static List<String> format(List<YamlProblem> problems) {
    return problems.stream()
        .map(p -> p.format(Locale.ENGLISH) + " / " + p.format(Locale.forLanguageTag("id")))
        .toList();
  }

  private static void await(Future<?> f) {
    try {
      f.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (java.util.concurrent.ExecutionException e) {
      LOG.severe("onboarding task failed: " + e.getCause());
    }
  }
}
