package id.klik.shared.domain;

/** The caller is known but lacks the role for this action. */
public class AccessDeniedException extends KlikException {

  public AccessDeniedException(String messageKey, Object... args) {
    super(messageKey, args);
  }

  @Override
  public int status() {
    return 403;
  }
}
