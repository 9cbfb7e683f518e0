package id.klik.tenancy.domain;

import java.time.Instant;

/**
 * The latest run of a tenant job for one tenant: {@code failures} counts the runs that failed in a
 * row, so a tenant that keeps failing stands out while one slip that recovered does not.
 */
public record JobRun(
    String job,
    String tenant,
    Instant startedAt,
    Instant finishedAt,
    int progress,
    String error,
    int failures,
    Instant lastSuccessAt) {

  public boolean failing() {
    return error != null;
  }
}
