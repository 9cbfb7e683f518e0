package id.klik.identity.domain;

import java.util.Collection;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * The one place where tenant roles turn into permissions. Everything else asks for a permission,
 * never for a role, so changing who may do what is a change here (and in its test) only.
 */
public final class RolePermissions {

  private static final Map<TenantRole, Set<Permission>> BY_ROLE = new EnumMap<>(TenantRole.class);

  static {
    BY_ROLE.put(
        TenantRole.CLINIC_ADMIN,
        EnumSet.of(
            Permission.VIEW,
            Permission.WORK_UNITS_WRITE,
            Permission.TEMPLATES_WRITE,
            Permission.TEMPLATES_ADMINISTER,
            Permission.OUTBOX_VIEW,
            Permission.MENTORS_ADMINISTER,
            Permission.TEAMS_WRITE,
            Permission.AUDIT_VIEW,
            Permission.MEMBERS_VIEW,
            Permission.MEMBERS_ADMINISTER,
            Permission.INNOVATIONS_WRITE,
            Permission.ASSISTANT_ADMINISTER,
            Permission.INDEX_WRITE,
            Permission.CONSULTATIONS_MANAGE,
            Permission.PROGRAMS_WRITE,
            Permission.COMPETITIONS_ADMINISTER));
    BY_ROLE.put(
        TenantRole.CLINIC_STAFF,
        EnumSet.of(
            Permission.VIEW,
            Permission.WORK_UNITS_WRITE,
            Permission.TEMPLATES_WRITE,
            Permission.TEAMS_WRITE,
            Permission.MEMBERS_VIEW,
            Permission.INNOVATIONS_WRITE,
            Permission.INDEX_WRITE,
            Permission.CONSULTATIONS_MANAGE,
            Permission.PROGRAMS_WRITE,
            Permission.COMPETITIONS_ADMINISTER));
    // mentoring and reviewing come from assignments, for one team or proposal at a time
    BY_ROLE.put(TenantRole.MENTOR, EnumSet.of(Permission.VIEW));
    BY_ROLE.put(TenantRole.INNOVATOR, EnumSet.of(Permission.VIEW));
    BY_ROLE.put(TenantRole.VIEWER, EnumSet.of(Permission.VIEW));
    // a juror (often from outside the government) sees the reviews assigned to them, no portfolio
    BY_ROLE.put(TenantRole.JUROR, EnumSet.noneOf(Permission.class));
  }

  private RolePermissions() {}

  /** Everything the roles together allow. */
  public static Set<Permission> of(Collection<TenantRole> roles) {
    Set<Permission> all = EnumSet.noneOf(Permission.class);
    roles.forEach(r -> all.addAll(BY_ROLE.get(r)));
    return all;
  }

  public static boolean allows(Collection<TenantRole> roles, Permission permission) {
    return roles.stream().anyMatch(r -> BY_ROLE.get(r).contains(permission));
  }
}
