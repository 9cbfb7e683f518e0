package id.klik.tenancy.domain;

import java.util.List;
import java.util.Optional;

/**
 * What {@code tenants/<slug>/tenant.yaml} declares about a tenant: settings, its first people and
 * seed data. Reconciling applies it; nothing absent from it is ever deleted.
 *
 * @param workUnitsCsv file name (beside tenant.yaml) of the work units seeded at onboarding
 * @param logo the logo file beside tenant.yaml as a {@code data:} URI, so the page frame needs no
 *     file store and the security policy only has to allow images of the page itself
 * @param templates published templates ({@code id@version}) adopted at onboarding, unless the
 *     tenant adopted that template already
 * @param teams innovator teams ensured at onboarding (created when missing, never changed after)
 * @param mentors national mentors the tenant accepts, when it has not accepted them yet (a revoke
 *     in the app is kept until the manifest changes)
 * @param innovationsCsv file name (beside tenant.yaml) of innovations seeded through the import's
 *     rules; one whose name its work unit has already is skipped
 */
public record TenantManifest(
    TenantSlug slug,
    String name,
    TenantKind kind,
    String regionCode,
    String locale,
    RegionTimeZone timeZone,
    boolean suspended,
    List<String> modules,
    Optional<String> primaryColor,
    Optional<String> logo,
    List<Member> members,
    Optional<String> workUnitsCsv,
    List<String> templates,
    List<Team> teams,
    List<AcceptedMentor> mentors,
    Optional<String> innovationsCsv) {

  /** A person the manifest names, with the tenant roles they get (at least). */
  public record Member(String username, String email, String name, List<String> roles) {}

  /**
   * A team the manifest names: its name, its work unit's code, its leader's and its other members'
   * login names (the leader need not be repeated among them).
   */
  public record Team(String name, String workUnit, String leader, List<String> members) {

    public Team {
      members = members == null ? List.of() : List.copyOf(members);
    }
  }

  /** A national mentor accepted for the whole clinic (no teams) or for the teams named. */
  public record AcceptedMentor(String username, List<String> teams) {

    public AcceptedMentor {
      teams = teams == null ? List.of() : List.copyOf(teams);
    }
  }

  public TenantManifest {
    modules = List.copyOf(modules);
    members = List.copyOf(members);
    templates = templates == null ? List.of() : List.copyOf(templates);
    teams = teams == null ? List.of() : List.copyOf(teams);
    mentors = mentors == null ? List.of() : List.copyOf(mentors);
    innovationsCsv = innovationsCsv == null ? Optional.empty() : innovationsCsv;
  }

  /** A manifest that seeds no innovations. */
  public TenantManifest(
      TenantSlug slug,
      String name,
      TenantKind kind,
      String regionCode,
      String locale,
      RegionTimeZone timeZone,
      boolean suspended,
      List<String> modules,
      Optional<String> primaryColor,
      Optional<String> logo,
      List<Member> members,
      Optional<String> workUnitsCsv,
      List<String> templates,
      List<Team> teams,
      List<AcceptedMentor> mentors) {
    this(
        slug,
        name,
        kind,
        regionCode,
        locale,
        timeZone,
        suspended,
        modules,
        primaryColor,
        logo,
        members,
        workUnitsCsv,
        templates,
        teams,
        mentors,
        Optional.empty());
  }

  /** A manifest that accepts no national mentors. */
  public TenantManifest(
      TenantSlug slug,
      String name,
      TenantKind kind,
      String regionCode,
      String locale,
      RegionTimeZone timeZone,
      boolean suspended,
      List<String> modules,
      Optional<String> primaryColor,
      Optional<String> logo,
      List<Member> members,
      Optional<String> workUnitsCsv,
      List<String> templates,
      List<Team> teams) {
    this(
        slug,
        name,
        kind,
        regionCode,
        locale,
        timeZone,
        suspended,
        modules,
        primaryColor,
        logo,
        members,
        workUnitsCsv,
        templates,
        teams,
        List.of());
  }

  /** A manifest without teams. */
  public TenantManifest(
      TenantSlug slug,
      String name,
      TenantKind kind,
      String regionCode,
      String locale,
      RegionTimeZone timeZone,
      boolean suspended,
      List<String> modules,
      Optional<String> primaryColor,
      Optional<String> logo,
      List<Member> members,
      Optional<String> workUnitsCsv,
      List<String> templates) {
    this(
        slug,
        name,
        kind,
        regionCode,
        locale,
        timeZone,
        suspended,
        modules,
        primaryColor,
        logo,
        members,
        workUnitsCsv,
        templates,
        List.of(),
        List.of());
  }
}
