package id.klik.identity.domain;

import id.klik.shared.domain.ConflictException;
import id.klik.shared.domain.FieldProblem;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What a member's details must be, for the invite form, the API and every CSV row alike: a
 * plausible e-mail address, a name, at least one known role. And the one rule about admins: no
 * change may leave the clinic without an active clinic admin, so the last one can neither drop
 * their own admin role nor end their own membership.
 */
public final class MemberRules {

  public static final int MAX_NAME = 200;
  public static final int MAX_EMAIL = 200;

  /** Deliberately plain: a local part, an @, a domain with at least one dot; no spaces. */
  private static final Pattern EMAIL =
      Pattern.compile(
          "^[A-Za-z0-9._%+'-]+@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)+$");

  private MemberRules() {}

  /** Every problem of one member's details; {@code line} is 0 outside a file. */
  public static List<FieldProblem> check(int line, String email, String name, List<String> roles) {
    List<FieldProblem> problems = new ArrayList<>();
    if (email == null || email.isBlank()) {
      problems.add(FieldProblem.atLine(line, "email", "member.email.required"));
    } else if (email.trim().length() > MAX_EMAIL || !EMAIL.matcher(email.trim()).matches()) {
      problems.add(FieldProblem.atLine(line, "email", "member.email.invalid", email.trim()));
    }
    if (name == null || name.isBlank()) {
      problems.add(FieldProblem.atLine(line, "name", "member.name.required"));
    } else if (name.trim().length() > MAX_NAME) {
      problems.add(FieldProblem.atLine(line, "name", "member.name.tooLong", MAX_NAME));
    }
    problems.addAll(checkRoles(line, roles));
    return problems;
  }

  /** The roles' problems: none given, or one that is not a tenant role (named as given). */
  public static List<FieldProblem> checkRoles(int line, List<String> roles) {
    List<FieldProblem> problems = new ArrayList<>();
    if (roles == null || roles.stream().allMatch(r -> r == null || r.isBlank())) {
      problems.add(FieldProblem.atLine(line, "roles", "member.roles.required"));
      return problems;
    }
    for (String role : roles) {
      if (role != null && !role.isBlank() && role(role).isEmpty()) {
        problems.add(FieldProblem.atLine(line, "roles", "member.role.unknown", role.trim()));
      }
    }
    return problems;
  }

  /** The roles, spelled {@code clinic-admin} or {@code CLINIC_ADMIN}; checked before. */
  public static Set<TenantRole> roles(List<String> roles) {
    Set<TenantRole> out = EnumSet.noneOf(TenantRole.class);
    for (String r : roles) {
      if (r != null && !r.isBlank()) {
        out.add(role(r).orElseThrow(() -> new IllegalArgumentException("unknown role " + r)));
      }
    }
    return out;
  }

  public static Optional<TenantRole> role(String value) {
    String v = value.trim();
    if (!v.matches("[A-Za-z_-]+")) {
      return Optional.empty();
    }
    try {
      return Optional.of(TenantRole.parse(v));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  /** Addresses compare without case; the membership and the Keycloak username keep this form. */
  public static String normalEmail(String email) {
    return email.trim().toLowerCase(Locale.ROOT);
  }

  /**
   * Refuses a change that would leave no active clinic admin.
   *
   * @param target the membership being changed
   * @param rolesAfter its roles after the change, or null when it is being deactivated
   * @param activeAdmins how many active clinic admins the tenant has now
   */
  public static void requireAnAdminRemains(
      Membership target, Set<TenantRole> rolesAfter, long activeAdmins) {
    boolean isActiveAdmin = target.active() && target.roles().contains(TenantRole.CLINIC_ADMIN);
    boolean staysAdmin = rolesAfter != null && rolesAfter.contains(TenantRole.CLINIC_ADMIN);
    if (isActiveAdmin && !staysAdmin && activeAdmins <= 1) {
      throw new ConflictException(
          rolesAfter == null ? "member.lastAdmin.deactivate" : "member.lastAdmin.role");
    }
  }
}
