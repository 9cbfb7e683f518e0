package id.klik.people.application;

import id.klik.identity.application.MemberDirectory;
import id.klik.people.domain.Team;
import id.klik.people.infrastructure.TeamRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The current tenant's teams as other features see them: what innovations, consultations, proposals
 * and mentor acceptances attach to. Reading only, no permission asked: the caller decides what its
 * user may see.
 */
@ApplicationScoped
public class TeamDirectory {

  /** A team's id and name, for lists and pickers. */
  public record TeamRef(UUID id, String name) {}

  @Inject TeamRepository teams;
  @Inject MemberDirectory members;
  @Inject TeamViews views;

  @Transactional
  public Optional<TeamView> find(UUID id) {
    return id == null ? Optional.empty() : teams.find(id).map(views::of);
  }

  /** The team with this name (without case); when several work units have one, the first. */
  @Transactional
  public Optional<TeamView> findByName(String name) {
    return teams.named(name).stream().findFirst().map(views::of);
  }

  /** The teams a person is in, by login name; none when they are no member of this tenant. */
  @Transactional
  public List<TeamView> teamsOf(String username) {
    return members
        .byUsername(username)
        .map(m -> views.of(teams.ofMember(m.id())))
        .orElse(List.of());
  }

  /** Whether this person (by login name) is a member of this team. */
  @Transactional
  public boolean isMember(UUID teamId, String username) {
    Optional<MemberDirectory.Member> member = members.byUsername(username);
    return member.isPresent()
        && teams.find(teamId).map(t -> t.hasMember(member.get().id())).orElse(false);
  }

  /** Every team of the tenant, by name. */
  @Transactional
  public List<TeamRef> all() {
    return teams.all().stream().map(TeamDirectory::ref).toList();
  }

  private static TeamRef ref(Team t) {
    return new TeamRef(t.id(), t.name());
  }
}
