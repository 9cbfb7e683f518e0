package id.klik.identity.application;

import id.klik.identity.domain.KlikUser;
import id.klik.identity.domain.TenantRole;
import java.util.Optional;
import java.util.Set;

/**
 * Guests of a tenant: people without a membership whom the tenant let in, such as the national
 * mentors it accepted. A context that keeps such acceptances implements this as a CDI bean;
 * identity asks it without depending on that context. Called inside the tenant's scope, on every
 * request: an answer must come from the tenant's data, never from a cache that outlives a revoke.
 */
public interface GuestAccess {

  /** The roles a verified caller without a membership has in the current tenant, if any. */
  Optional<Set<TenantRole>> accepted(KlikUser user);

  /** Writes one request of an admitted guest ({@code GET /t/x/api/...}) in the tenant's audit. */
  void recordRequest(String request);
}
