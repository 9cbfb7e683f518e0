package id.klik.shared.infrastructure;

import id.klik.shared.domain.ConflictException;
import id.klik.shared.domain.KlikException;
import id.klik.shared.domain.ValidationException;
import jakarta.persistence.OptimisticLockException;
import java.sql.SQLException;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Optional;
import java.util.Set;

/**
 * What a failure means for the person who caused it, the same for the API and the pages: a business
 * exception (also wrapped by the transaction layer) means itself; a row changed since it was read
 * or a unique key taken by a parallel request (SQLSTATE class 23) is a conflict; a value the
 * database refuses (class 22) is the caller's mistake. Anything else has no meaning for the caller:
 * it is a bug (or an outage, which {@link Outages} tells).
 */
public final class Failures {

  /** PostgreSQL's "character not in repertoire", e.g. a NUL in a text. */
  private static final String BAD_CHARACTER = "22021";

  private Failures() {}

  public static Optional<KlikException> meaning(Throwable error) {
    Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
    for (Throwable t = error; t != null && seen.add(t); t = next(t)) {
      if (t instanceof KlikException k) {
        return Optional.of(k);
      }
      if (t instanceof OptimisticLockException) {
        return Optional.of(new ConflictException("error.concurrentEdit"));
      }
      if (t instanceof SQLException sql && sql.getSQLState() != null) {
        String state = sql.getSQLState();
        if (state.startsWith("23")) {
          return Optional.of(new ConflictException("error.constraint"));
        }
        if (state.startsWith("22")) {
          return Optional.of(
              ValidationException.of(
                  null, state.equals(BAD_CHARACTER) ? "error.badCharacter" : "error.badValue"));
        }
      }
    }
    return Optional.empty();
  }

  /**
   * The message key when the meaning is a value the database refused (worth a log line: a rule
   * should have refused it first).
   */
  public static Optional<String> refusedValue(KlikException meaning) {
    if (meaning instanceof ValidationException v && v.problems().size() == 1) {
      String key = v.problems().get(0).messageKey();
      if (key.equals("error.badCharacter") || key.equals("error.badValue")) {
        return Optional.of(key);
      }
    }
    return Optional.empty();
  }

  private static Throwable next(Throwable t) {
    if (t instanceof SQLException sql && sql.getNextException() != null && t.getCause() == null) {
      return sql.getNextException();
    }
    return t.getCause();
  }
}
