package id.klik.tenancy.domain;

import id.klik.shared.domain.FieldProblem;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * A tenant asked for through the platform API or console, before any check: it becomes a manifest
 * (the same document as a {@code tenant.yaml}) that the manifest schema and rules check. What a
 * manifest does not require but a tenant created this way must have is checked here: at least one
 * clinic admin, each with an e-mail address, none named twice.
 *
 * @param kind {@code provinsi}, {@code kabupaten} or {@code kota}, in either case
 * @param admins the first clinic admins; each one's username is the lower-cased e-mail
 */
public record NewTenant(
    String slug,
    String name,
    String kind,
    String regionCode,
    String timeZone,
    String locale,
    List<Admin> admins) {

  /** A first clinic admin: invited by mail, signs in with the lower-cased e-mail. */
  public record Admin(String email, String name) {

    /** The Keycloak username: the e-mail, trimmed and lower-cased. */
    public String username() {
      return email == null ? "" : email.trim().toLowerCase(Locale.ROOT);
    }
  }

  /** Slugs the platform API uses as paths of its own ({@code /api/platform/tenants/reconcile}). */
  private static final Set<String> RESERVED = Set.of("reconcile");

  public NewTenant {
    admins = admins == null ? List.of() : admins.stream().filter(Objects::nonNull).toList();
  }

  /** The rules beyond the manifest schema; empty when there is nothing to fix. */
  public List<FieldProblem> problems() {
    List<FieldProblem> problems = new ArrayList<>();
    if (slug != null && RESERVED.contains(slug.trim())) {
      problems.add(FieldProblem.of("slug", "tenant.slugReserved", slug));
    }
    if (admins.isEmpty()) {
      problems.add(FieldProblem.of("admins", "tenant.adminsRequired"));
    }
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < admins.size(); i++) {
      Admin admin = admins.get(i);
      String field = "admins[" + i + "].email";
      if (admin.email() == null || admin.email().isBlank()) {
        problems.add(FieldProblem.of(field, "tenant.adminEmailRequired"));
      } else if (!seen.add(admin.username())) {
        problems.add(FieldProblem.of(field, "tenant.adminDuplicate", admin.email()));
      }
    }
    return problems;
  }
}
