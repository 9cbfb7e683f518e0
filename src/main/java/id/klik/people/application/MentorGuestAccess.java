package id.klik.people.application;

import id.klik.identity.application.GuestAccess;
import id.klik.identity.domain.KlikUser;
import id.klik.identity.domain.TenantRole;
import id.klik.people.domain.MentorAcceptance;
import id.klik.people.infrastructure.MentorAcceptanceRepository;
import id.klik.shared.audit.AuditTrail;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Optional;
import java.util.Set;

/**
 * Lets an accepted national mentor into the current tenant: read from the tenant's own acceptance
 * on every request (no cache, so a revoke takes effect on the next request on every replica), and
 * each request they make is written in the tenant's audit trail.
 */
@ApplicationScoped
public class MentorGuestAccess implements GuestAccess {

  static final String REQUEST = "MENTOR_REQUEST";

  @Inject MentorAcceptanceRepository acceptances;
  @Inject AuditTrail audit;

  @Override
  @Transactional
  public Optional<Set<TenantRole>> accepted(KlikUser user) {
    return acceptances
        .find(user.username())
        .filter(a -> a.userId().equals(user.subject()))
        .map(a -> MentorAcceptance.ROLES);
  }

  @Override
  @Transactional
  public void recordRequest(String request) {
    audit.record(REQUEST, "request", null, request);
  }
}
