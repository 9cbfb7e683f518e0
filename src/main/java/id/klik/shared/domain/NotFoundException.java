package id.klik.shared.domain;

/** What was asked for does not exist, or is not the caller's to see: both answer 404. */
public class NotFoundException extends KlikException {

  public NotFoundException(String what, Object id) {
    super("error.notFound", what, id);
  }

  @Override
  public int status() {
    return 404;
  }
}
