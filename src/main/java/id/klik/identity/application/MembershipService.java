package id.klik.identity.application;

import id.klik.identity.domain.Membership;
import id.klik.identity.domain.TenantRole;
import id.klik.identity.infrastructure.MembershipRepository;
import id.klik.shared.audit.AuditTrail;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Optional;
import java.util.Set;

/**
 * Memberships of the current tenant as access needs them. Roles are read from the tenant's schema
 * on every request, without a cache: a deactivated member or a changed role takes effect with the
 * next request on every replica (a per-replica cache could only be exact with a cross-replica
 * invalidation; one indexed look-up by account per request is cheaper than that machinery).
 */
@ApplicationScoped
public class MembershipService {

  @Inject MembershipRepository repository;

  @Inject AuditTrail audit;

  /** The caller's roles in the current tenant, or empty when they are not an active member. */
  @Transactional
  public Optional<Set<TenantRole>> rolesOf(String keycloakUserId) {
    return repository
        .findByAccount(keycloakUserId)
        .filter(Membership::active)
        .map(Membership::roles);
  }

  /** Whether the person is an active member (an invited one is not, until they accept). */
  @Transactional
  public boolean isActive(String username) {
    return repository.findByUsername(username).filter(Membership::active).isPresent();
  }

  @Transactional
  public Optional<Membership> findByUsername(String username) {
    return repository.findByUsername(username);
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
  }
}
