package id.klik.identity.application;

import id.klik.identity.domain.KlikUser;
import id.klik.identity.domain.TenantRole;
import id.klik.identity.infrastructure.TokenVerifier;
import id.klik.tenancy.application.TenantContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * Decides who passes. A tenant request needs a verified caller whose token names the tenant's
 * organization and an active membership in the tenant's schema; a platform request needs the realm
 * role {@code platform-admin}. How the caller was read (bearer token, session) is the edge's.
 */
@ApplicationScoped
public class AccessPolicy {

  @Inject TokenVerifier verifier;
  @Inject MembershipService memberships;

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
    return roles
        .<AccessDecision>map(r -> new AccessDecision.Admit(user, r))
        .orElseGet(() -> new AccessDecision.NotMember(user));
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
