package id.klik.mail.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * When a failed message is tried again: the delay doubles with each attempt from {@code base} up to
 * {@code cap}; after {@code maxAttempts} the message is FAILED and stays for a person to read.
 * {@code lease} is how long a claim (SENDING) holds before another sender may take the row back,
 * long enough that it only happens after a crash.
 */
public record RetryPolicy(Duration base, Duration cap, int maxAttempts, Duration lease) {

  /** About half an hour of retries in all (5 s, 10 s, … capped at 10 min), then FAILED. */
  public static final RetryPolicy DEFAULT =
      new RetryPolicy(Duration.ofSeconds(5), Duration.ofMinutes(10), 10, Duration.ofMinutes(5));

  public RetryPolicy {
    if (base.isNegative() || base.isZero() || cap.compareTo(base) < 0 || maxAttempts < 1) {
      throw new IllegalArgumentException("base > 0, cap >= base and maxAttempts >= 1");
    }
  }

  /** The delay after the given attempt (counted from 1) failed. */
  public Duration delayAfter(int attempt) {
    int doublings = Math.max(0, Math.min(attempt - 1, 30));
    Duration delay = base.multipliedBy(1L << doublings);
    return delay.compareTo(cap) > 0 ? cap : delay;
  }

  /** When to try again after the given attempt failed at {@code now}; empty: give up (FAILED). */
  public Optional<Instant> nextAttempt(int attempt, Instant now) {
    if (attempt >= maxAttempts) {
      return Optional.empty();
    }
    return Optional.of(now.plus(delayAfter(attempt)));
  }
}
