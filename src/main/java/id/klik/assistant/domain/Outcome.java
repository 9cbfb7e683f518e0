package id.klik.assistant.domain;

/** How an exchange with the model ended. */
public enum Outcome {
  /** The reply came in whole. */
  COMPLETE,
  /** The model took longer than the deployment allows; what came is kept. */
  TIMEOUT,
  /** The endpoint refused or could not be reached. */
  FAILED;

  public String code() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
