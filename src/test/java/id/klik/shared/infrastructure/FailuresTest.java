package id.klik.shared.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import id.klik.shared.domain.ConflictException;
import id.klik.shared.domain.KlikException;
import id.klik.shared.domain.NotFoundException;
import jakarta.persistence.OptimisticLockException;
import jakarta.transaction.RollbackException;
import jakarta.transaction.TransactionalException;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;

class FailuresTest {

  /** How a commit failure reaches a caller of a {@code @Transactional} service. */
  private static RuntimeException atCommit(Throwable cause) {
    RollbackException rollback = new RollbackException("commit failed");
    rollback.initCause(new RuntimeException("eclipselink", cause));
    return new TransactionalException("rolled back", rollback);
  }

  @Test
  void aBusinessExceptionMeansItselfAlsoWhenWrapped() {
    NotFoundException missing = new NotFoundException("workUnit", "x");

    assertThat(Failures.meaning(atCommit(missing))).containsSame(missing);
  }

  @Test
  void aUniqueKeyTakenAtCommitIsAConflict() {
    KlikException meaning =
        Failures.meaning(atCommit(new SQLException("duplicate key", "23505"))).orElseThrow();

    assertThat(meaning).isInstanceOf(ConflictException.class);
    assertThat(meaning.messageKey()).isEqualTo("error.constraint");
    assertThat(Failures.refusedValue(meaning)).isEmpty();
  }

  @Test
  void aRowChangedSinceItWasReadIsAConcurrentEdit() {
    KlikException meaning =
        Failures.meaning(atCommit(new OptimisticLockException("stale"))).orElseThrow();

    assertThat(meaning.messageKey()).isEqualTo("error.concurrentEdit");
    assertThat(meaning.status()).isEqualTo(409);
  }

  @Test
  void aNulCharacterRefusedByTheDatabaseIsTheCallersMistake() {
    KlikException meaning =
        Failures.meaning(atCommit(new SQLException("invalid byte sequence", "22021")))
            .orElseThrow();

    assertThat(meaning.status()).isEqualTo(400);
    assertThat(Failures.refusedValue(meaning)).contains("error.badCharacter");
  }

  @Test
  void aValueOutOfRangeIsABadValue() {
    KlikException meaning =
        Failures.meaning(new SQLException("value too long", "22001")).orElseThrow();

    assertThat(Failures.refusedValue(meaning)).contains("error.badValue");
  }

  @Test
  void aBugHasNoMeaningForTheCaller() {
    assertThat(Failures.meaning(atCommit(new NullPointerException()))).isEmpty();
    assertThat(Failures.meaning(new SQLException("syntax", "42601"))).isEmpty();
  }

  @Test
  void aCycleOfCausesEnds() {
    RuntimeException a = new RuntimeException("a");
    RuntimeException b = new RuntimeException("b", a);
    a.initCause(b);

    assertThat(Failures.meaning(a)).isEmpty();
  }
}
