package id.klik.consultation.application;

import id.klik.identity.application.MemberDirectory;
import id.klik.identity.domain.TenantRole;
import id.klik.people.application.MentorAcceptanceService;
import id.klik.people.application.MentorIndex;
import id.klik.people.application.MentorListing;
import id.klik.people.application.NationalMentorRegistry;
import id.klik.people.domain.NationalMentor;
import id.klik.tenancy.application.TenantRegistry;
import id.klik.tenancy.application.TenantResolution;
import id.klik.tenancy.domain.RegionTimeZone;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.UUID;

/**
 * The mentors a team of the current tenant can consult: local ones (members with the mentor role)
 * and the national mentors this tenant accepted (for the whole clinic or for chosen teams).
 */
@ApplicationScoped
public class Mentors {

  @Inject MemberDirectory members;
  @Inject MentorAcceptanceService acceptances;
  @Inject NationalMentorRegistry registry;
  @Inject MentorIndex index;
  @Inject TenantRegistry tenants;

  /**
   * A mentor as consultations need them.
   *
   * @param teams for a national mentor accepted for chosen teams, those; empty: every team
   */
  public record Mentor(
      String username, String name, String email, boolean national, List<UUID> teams) {

    public boolean serves(UUID team) {
      return teams.isEmpty() || teams.contains(team);
    }
  }

  @Transactional
  public List<Mentor> all() {
    List<Mentor> out = new ArrayList<>();
    for (MemberDirectory.Contact c : members.withRole(TenantRole.MENTOR)) {
      out.add(new Mentor(c.username(), c.name(), c.email(), false, List.of()));
    }
    for (MentorListing l : acceptances.list()) {
      if (l.accepted() && out.stream().noneMatch(m -> m.username().equals(l.username()))) {
        out.add(
            new Mentor(
                l.username(),
                l.name(),
                registry.find(l.username()).map(NationalMentor::email).orElse(null),
                true,
                l.teams().stream().map(t -> t.id()).toList()));
      }
    }
    out.sort(Comparator.comparing(Mentor::name, String.CASE_INSENSITIVE_ORDER));
    return out;
  }

  @Transactional
  public Optional<Mentor> find(String username) {
    return username == null
        ? Optional.empty()
        : all().stream().filter(m -> m.username().equals(username)).findFirst();
  }

  /**
   * The zones a national mentor's slots are shown in: those of every tenant that accepted them (WIB
   * and WITA for a mentor of Pontianak and Makassar), in order.
   */
  public List<RegionTimeZone> zonesServed(String username) {
    TreeSet<RegionTimeZone> zones = new TreeSet<>();
    for (String slug : index.tenantsOf(username)) {
      if (tenants.resolve(slug) instanceof TenantResolution.Found found) {
        zones.add(found.tenant().timeZone());
      }
    }
    return List.copyOf(zones);
  }
}
