package id.klik.mail.domain;

/**
 * Where an outbox message stands. QUEUED waits for its next attempt; SENDING is claimed by a sender
 * (a claim older than the lease is taken back, see {@link RetryPolicy#lease()}); SENT and FAILED
 * (attempts used up) are final.
 */
public enum OutboxStatus {
  QUEUED,
  SENDING,
  SENT,
  FAILED;

  public boolean isFinal() {
    return this == SENT || this == FAILED;
  }
}
