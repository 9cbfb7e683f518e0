package id.klik.identity.application;

import id.klik.identity.domain.GrantSubject;
import id.klik.identity.domain.Permission;
import id.klik.identity.domain.RolePermissions;
import id.klik.shared.domain.AccessDeniedException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

/**
 * The one question pages, resources and services ask: may the caller do this here? Roles answer
 * through {@link RolePermissions}; for a subject (a team, a proposal), assignments contributed as
 * {@link PermissionGrants} can answer yes as well.
 */
@RequestScoped
public class Permissions {

  @Inject CurrentUser currentUser;
  @Inject @Any Instance<PermissionGrants> grants;

  private Iterable<PermissionGrants> grantSources;

  public Permissions() {}

  /** For tests outside a container. */
  Permissions(CurrentUser currentUser, Iterable<PermissionGrants> grants) {
    this.currentUser = currentUser;
    this.grantSources = grants;
  }

  public boolean may(Permission permission) {
    return currentUser.user().isPresent()
        && RolePermissions.allows(currentUser.roles(), permission);
  }

  /** By role, or by an assignment on this subject. */
  public boolean may(Permission permission, GrantSubject subject) {
    if (may(permission)) {
      return true;
    }
    if (currentUser.user().isEmpty()) {
      return false;
    }
    String username = currentUser.user().get().username();
    for (PermissionGrants source : sources()) {
      if (source.grants(username, permission, subject)) {
        return true;
      }
    }
    return false;
  }

  /** Fails with 403 unless the caller may. */
  public void require(Permission permission) {
    if (!may(permission)) {
      throw new AccessDeniedException("error.forbidden");
    }
  }

  public void require(Permission permission, GrantSubject subject) {
    if (!may(permission, subject)) {
      throw new AccessDeniedException("error.forbidden");
    }
  }

  private Iterable<PermissionGrants> sources() {
    return grantSources != null ? grantSources : grants;
  }
}
