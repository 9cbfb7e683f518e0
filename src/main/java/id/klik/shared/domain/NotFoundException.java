package id.klik.shared.domain;

/** What was asked for does not exist, or is not the caller's to see: both answer 404. */
public class NotFoundException extends KlikException {

  /**
   * @param what the kind of thing, in English and lower case ("template draft"); said in the user's
   *     language through the key {@code entity.<what, with '-' for spaces>}
   */
  public NotFoundException(String what, Object id) {
    super("error.notFound", Phrase.orElse("entity." + what.replace(' ', '-'), what), id);
  }

  @Override
  public int status() {
    return 404;
  }
}
