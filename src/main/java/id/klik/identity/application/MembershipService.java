package id.klik.identity.application;

import id.klik.identity.domain.Membership;
import id.klik.identity.domain.TenantRole;
import id.klik.identity.infrastructure.MembershipRepository;
import id.klik.shared.audit.AuditTrail;
import id.klik.tenancy.application.TenantContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Memberships of the current tenant. Role look-ups for requests are cached for a few seconds per
 * tenant and account, so a revoked membership stops working within that time.
 */
@ApplicationScoped
public class MembershipService {

  private static final long CACHE_NANOS = 10_000_000_000L;

  @Inject MembershipRepository repository;

  @Inject AuditTrail audit;

  private record Cached(Optional<Set<TenantRole>> roles, long at) {}

  private final Map<String, Cached> cache = new ConcurrentHashMap<>();

  /** The caller's roles in the current tenant, or empty when they are not an active member. */
  @Transactional
  public Optional<Set<TenantRole>> rolesOf(String keycloakUserId) {
    String key = TenantContext.require().slug() + "/" + keycloakUserId;
    Cached hit = cache.get(key);
    if (hit != null && System.nanoTime() - hit.at() < CACHE_NANOS) {
      return hit.roles();
    }
    Optional<Set<TenantRole>> roles =
        repository.findByAccount(keycloakUserId).filter(Membership::active).map(Membership::roles);
    cache.put(key, new Cached(roles, System.nanoTime()));
    return roles;
  }

  /** Makes sure the person is a member with at least these roles. */
  @Transactional
  public void ensureMember(
      String username, String email, String name, String keycloakUserId, Set<TenantRole> roles) {
    Membership m =
        repository
            .findByUsername(username)
            .orElseGet(
                () -> {
                  Membership created = new Membership(username, email, name);
                  repository.store(created);
                  return created;
                });
    m.linkAccount(keycloakUserId);
    m.grant(roles);
    audit.record("ENSURE_MEMBER", "membership", m.id(), username + " " + m.roles());
    cache.clear();
  }
}
