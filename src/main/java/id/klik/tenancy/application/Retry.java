package id.klik.tenancy.application;

import id.klik.shared.infrastructure.Outages;
import java.util.logging.Logger;

/**
 * Background work that must not give up because the database or Keycloak is restarting: repeated
 * with growing pauses (1 s doubling up to 30 s) while the failure is an outage; any other failure
 * is thrown at once.
 */
final class Retry {

  private static final Logger LOG = Logger.getLogger(Retry.class.getName());
  static final long MAX_PAUSE_MILLIS = 30_000;

  /** Work that may be interrupted while it waits. */
  interface Work {
    void run() throws InterruptedException;
  }

  private Retry() {}

  static void whileUnavailable(String what, Work work) throws InterruptedException {
    long pause = 1_000;
    while (true) {
      try {
        work.run();
        return;
      } catch (RuntimeException e) {
        var down = Outages.of(e);
        if (down.isEmpty()) {
          throw e;
        }
        long wait = pause;
        LOG.warning(() -> what + ": " + down.get() + " unavailable, again in " + wait + " ms");
        Thread.sleep(wait);
        pause = nextPause(pause);
      }
    }
  }

  static long nextPause(long pause) {
    return Math.min(MAX_PAUSE_MILLIS, pause * 2);
  }
}
