package id.klik.tenancy.application;

/**
 * The caller of a platform page or API call, as tenancy needs it: a second check behind the edge
 * and a name for the platform audit. Identity provides it; tenancy does not depend on identity.
 */
public interface PlatformCaller {

  /** Who to name in the audit. */
  String actor();

  /** Fails with 403 unless the caller is a platform admin. */
  void requirePlatformAdmin();
}
