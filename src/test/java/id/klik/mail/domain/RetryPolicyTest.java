package id.klik.mail.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class RetryPolicyTest {

  private final RetryPolicy policy =
      new RetryPolicy(Duration.ofSeconds(5), Duration.ofMinutes(1), 6, Duration.ofMinutes(5));
  private final Instant now = Instant.parse("2026-01-05T08:00:00Z");

  @Test
  void theDelayDoublesWithEachFailedAttempt() {
    assertThat(policy.delayAfter(1)).isEqualTo(Duration.ofSeconds(5));
    assertThat(policy.delayAfter(2)).isEqualTo(Duration.ofSeconds(10));
    assertThat(policy.delayAfter(3)).isEqualTo(Duration.ofSeconds(20));
    assertThat(policy.delayAfter(4)).isEqualTo(Duration.ofSeconds(40));
  }

  @Test
  void theDelayStopsGrowingAtTheCap() {
    assertThat(policy.delayAfter(5)).isEqualTo(Duration.ofMinutes(1));
    assertThat(policy.delayAfter(1000)).isEqualTo(Duration.ofMinutes(1));
  }

  @Test
  void aFailureBeforeTheLastAttemptIsTriedAgainLater() {
    assertThat(policy.nextAttempt(2, now)).contains(now.plusSeconds(10));
  }

  @Test
  void theLastAttemptsFailureGivesUp() {
    assertThat(policy.nextAttempt(6, now)).isEmpty();
    assertThat(policy.nextAttempt(7, now)).isEmpty();
  }

  @Test
  void theDefaultRetriesForAboutHalfAnHourInAll() {
    Duration total = Duration.ZERO;
    for (int attempt = 1; attempt < RetryPolicy.DEFAULT.maxAttempts(); attempt++) {
      total = total.plus(RetryPolicy.DEFAULT.delayAfter(attempt));
    }
    assertThat(total).isBetween(Duration.ofMinutes(25), Duration.ofMinutes(35));
  }

  @Test
  void refusesACapBelowTheBase() {
    assertThatThrownBy(
            () -> new RetryPolicy(Duration.ofMinutes(2), Duration.ofMinutes(1), 3, Duration.ZERO))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
