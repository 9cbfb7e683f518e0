package id.klik.shared.api;

import id.klik.shared.domain.KlikException;

/** A request body over the API's limit; it was not read to its end. */
public class BodyTooLargeException extends KlikException {

  public BodyTooLargeException(int maxKibibytes) {
    super("error.bodyTooLarge", maxKibibytes);
  }

  @Override
  public int status() {
    return 413;
  }
}
