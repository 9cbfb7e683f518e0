package id.klik.identity.application;

import id.klik.identity.domain.TenantRole;
import java.util.Set;
import java.util.UUID;

/**
 * One invitation, checked and ready to send: the address (lower case), the name, the roles and the
 * work unit. The line is the CSV line it came from (0 otherwise). The username of a new Keycloak
 * account is the address, unless a manifest names one.
 */
public record InvitationRequest(
    int line, String email, String name, Set<TenantRole> roles, UUID workUnitId, String username) {

  public InvitationRequest(
      int line, String email, String name, Set<TenantRole> roles, UUID workUnitId) {
    this(line, email, name, roles, workUnitId, email);
  }
}
