package id.klik.shared.infrastructure;

/**
 * A service the app relies on (the database, Keycloak) cannot be reached right now: the request or
 * job may succeed when repeated in a few seconds, so it is answered 503 with a retry hint, never
 * 500.
 */
public class DependencyUnavailableException extends RuntimeException {

  private final Outages.Dependency dependency;

  public DependencyUnavailableException(
      Outages.Dependency dependency, String message, Throwable cause) {
    super(message, cause);
    this.dependency = dependency;
  }

  public Outages.Dependency dependency() {
    return dependency;
  }
}
