package id.klik.identity.application;

import id.klik.identity.domain.KlikUser;
import id.klik.identity.domain.TenantRole;
import id.klik.shared.domain.AccessDeniedException;
import id.klik.tenancy.application.PlatformCaller;
import jakarta.enterprise.context.RequestScoped;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/** The authenticated caller of this request and their roles in the request's tenant. */
@RequestScoped
public class CurrentUser implements PlatformCaller {

  private KlikUser user;
  private Set<TenantRole> roles = EnumSet.noneOf(TenantRole.class);

  public void set(KlikUser user, Set<TenantRole> roles) {
    this.user = user;
    this.roles = roles.isEmpty() ? EnumSet.noneOf(TenantRole.class) : EnumSet.copyOf(roles);
  }

  public Optional<KlikUser> user() {
    return Optional.ofNullable(user);
  }

  /** Who to name in the audit trail. */
  @Override
  public String actor() {
    return user == null ? "system" : user.username();
  }

  public Set<TenantRole> roles() {
    return EnumSet.copyOf(roles.isEmpty() ? EnumSet.noneOf(TenantRole.class) : roles);
  }

  public boolean has(TenantRole role) {
    return roles.contains(role);
  }

  /** Fails with 403 unless the caller is a platform admin (a second check behind the edge). */
  @Override
  public void requirePlatformAdmin() {
    if (user == null || !user.isPlatformAdmin()) {
      throw new AccessDeniedException("access.notPlatformAdmin");
    }
  }

  /** Fails with 403 unless the caller holds one of the roles. */
  public void require(TenantRole... anyOf) {
    for (TenantRole r : anyOf) {
      if (roles.contains(r)) {
        return;
      }
    }
    throw new AccessDeniedException("error.forbidden");
  }
}
