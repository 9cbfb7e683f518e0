package id.klik.shared.domain;

/**
 * A business failure a user can act on. It carries a message key (resolved in the user's language
 * at the edge) and the HTTP status the API answers with; never a stack trace.
 */
public abstract class KlikException extends RuntimeException {

  private final String messageKey;
  private final transient Object[] args;

  protected KlikException(String messageKey, Object... args) {
    super(messageKey);
    this.messageKey = messageKey;
    this.args = args;
  }

  public String messageKey() {
    return messageKey;
  }

  public Object[] args() {
    return args.clone();
  }

  public abstract int status();
}
