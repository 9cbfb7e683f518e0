package id.klik.identity.application;

import id.klik.identity.domain.KlikUser;
import id.klik.identity.domain.TenantRole;
import id.klik.identity.infrastructure.TokenVerifier;
import id.klik.tenancy.application.TenantContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * Decides who passes. A tenant request needs a verified caller whose token names the tenant's
 * organization and an active membership in the tenant's schema; a platform request needs the realm
 * role {@code platform-admin}. A national mentor without a membership passes as a guest when the
 * tenant accepted them ({@link GuestAccess}), checked on every request; the mentor's home needs the
 * realm role {@code national-mentor}. How the caller was read (bearer token, session) is the
 * edge's.
 */
@ApplicationScoped
public class AccessPolicy {

  @Inject TokenVerifier verifier;
  @Inject MembershipService memberships;
  @Inject @Any Instance<GuestAccess> guests;

  /** Set by tests outside a container instead of {@link #guests}. */
  Iterable<GuestAccess> guestSources;

  /** The caller of an {@code Authorization: Bearer ...} header, when its token verifies. */
  public Optional<KlikUser> bearer(String authorizationHeader) {
    if (authorizationHeader == null
        || !authorizationHeader.regionMatches(true, 0, "Bearer ", 0, 7)) {
      return Optional.empty();
    }
    return verifier.verify(authorizationHeader.substring(7).trim());
  }

  /** Must run inside the tenant's scope: the membership is read from its schema. */
  public AccessDecision tenant(Optional<KlikUser> caller) {
    if (caller.isEmpty()) {
      return new AccessDecision.Anonymous();
    }
    KlikUser user = caller.get();
    if (!user.belongsTo(TenantContext.require().slug())) {
      return new AccessDecision.NotInOrganization(user);
    }
    Optional<Set<TenantRole>> roles = memberships.rolesOf(user.subject());
    if (roles.isPresent()) {
      return new AccessDecision.Admit(user, roles.get());
    }
    if (user.isNationalMentor()) {
      for (GuestAccess guest : guests()) {
        Optional<Set<TenantRole>> accepted = guest.accepted(user);
        if (accepted.isPresent()) {
          return new AccessDecision.AdmitGuest(user, accepted.get());
        }
      }
    }
    return new AccessDecision.NotMember(user);
  }

  /** Writes an admitted guest's request in the current tenant's audit trail. */
  public void recordGuestRequest(String request) {
    guests().forEach(g -> g.recordRequest(request));
  }

  private Iterable<GuestAccess> guests() {
    return guestSources != null ? guestSources : guests;
  }

  /** The mentor's home (across the tenants that accepted them) needs a national mentor. */
  public AccessDecision mentorHome(Optional<KlikUser> caller) {
    if (caller.isEmpty()) {
      return new AccessDecision.Anonymous();
    }
    return caller.get().isNationalMentor()
        ? new AccessDecision.Admit(caller.get(), EnumSet.noneOf(TenantRole.class))
        : new AccessDecision.NotNationalMentor(caller.get());
  }

  public AccessDecision platform(Optional<KlikUser> caller) {
    if (caller.isEmpty()) {
      return new AccessDecision.Anonymous();
    }
    return caller.get().isPlatformAdmin()
        ? new AccessDecision.Admit(caller.get(), EnumSet.noneOf(TenantRole.class))
        : new AccessDecision.NotPlatformAdmin(caller.get());
  }
}
