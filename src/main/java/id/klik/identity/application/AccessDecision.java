package id.klik.identity.application;

import id.klik.identity.domain.KlikUser;
import id.klik.identity.domain.TenantRole;
import java.util.Set;

/**
 * Whether a caller may pass into a tenant or the platform, as a plain answer: the edge turns it
 * into a response (401, 403 or the page), nothing here knows about HTTP.
 */
public sealed interface AccessDecision {

  /** The caller passes with these roles in the tenant (none for the platform). */
  record Admit(KlikUser user, Set<TenantRole> roles) implements AccessDecision {}

  /**
   * A national mentor the tenant accepted passes as a guest with these roles; every request they
   * make is written in the tenant's audit trail.
   */
  record AdmitGuest(KlikUser user, Set<TenantRole> roles) implements AccessDecision {}

  /** Nobody is logged in, or the credentials did not verify. */
  record Anonymous() implements AccessDecision {}

  /** The token does not name the tenant's organization. */
  record NotInOrganization(KlikUser user) implements AccessDecision {}

  /** The organization lets them in but the tenant has no active membership for them. */
  record NotMember(KlikUser user) implements AccessDecision {}

  /** The mentor's home asked by someone without the realm role {@code national-mentor}. */
  record NotNationalMentor(KlikUser user) implements AccessDecision {}

  /** A platform request from someone without the realm role {@code platform-admin}. */
  record NotPlatformAdmin(KlikUser user) implements AccessDecision {}
}
