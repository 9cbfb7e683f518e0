package id.klik.identity.application;

import id.klik.identity.domain.GrantSubject;
import id.klik.identity.domain.Permission;

/**
 * A source of permissions beyond roles: a context that keeps assignments (mentor to team, reviewer
 * to proposal) contributes a CDI bean implementing this, and {@link Permissions} asks every one.
 * Called inside the request's tenant.
 */
public interface PermissionGrants {

  /** Whether an assignment of this person grants the permission on the subject. */
  boolean grants(String username, Permission permission, GrantSubject subject);
}
