package id.klik.tenancy.application;

import java.time.Instant;
import java.util.List;

/**
 * A reconcile run as the console shows it while it runs and after.
 *
 * @param entries one per tenant folder handled so far
 */
public record ReconcileProgress(
    String trigger,
    String actor,
    Instant startedAt,
    Instant finishedAt,
    int total,
    int done,
    int failed,
    List<Entry> entries) {

  /** One tenant folder's outcome; {@code problems} are already formatted for the reader. */
  public record Entry(String folder, String result, List<String> problems) {}

  public boolean running() {
    return finishedAt == null;
  }

  public int percent() {
    return total == 0 ? (running() ? 0 : 100) : done * 100 / total;
  }
}
