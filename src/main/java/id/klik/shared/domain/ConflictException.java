package id.klik.shared.domain;

/** The request clashes with the current state (a duplicate code, a stale version). */
public class ConflictException extends KlikException {

  public ConflictException(String messageKey, Object... args) {
    super(messageKey, args);
  }

  @Override
  public int status() {
    return 409;
  }
}
