package id.klik.people.application;

import id.klik.identity.application.CurrentUser;
import id.klik.identity.application.MembershipService;
import id.klik.identity.application.NationalMentorAccounts;
import id.klik.identity.application.Permissions;
import id.klik.identity.domain.Permission;
import id.klik.people.domain.MentorAcceptance;
import id.klik.people.domain.MentorScope;
import id.klik.people.domain.NationalMentor;
import id.klik.people.infrastructure.MentorAcceptanceRepository;
import id.klik.people.infrastructure.NationalMentorRepository;
import id.klik.shared.audit.AuditTrail;
import id.klik.shared.domain.NotFoundException;
import id.klik.shared.domain.ValidationException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * The current tenant's national mentors: all of them with this tenant's acceptance, accepting one
 * (for the whole clinic or chosen teams) and revoking. Accepting adds the mentor to the tenant's
 * Keycloak organization before the acceptance is stored; revoking takes them out first, so a
 * failure leaves at worst an organization membership the app does not honour.
 */
@ApplicationScoped
public class MentorAcceptanceService {

  @Inject NationalMentorRepository mentors;
  @Inject MentorAcceptanceRepository acceptances;
  @Inject NationalMentorAccounts accounts;
  @Inject MembershipService memberships;
  @Inject MentorTeams teams;
  @Inject Permissions permissions;
  @Inject CurrentUser currentUser;
  @Inject AuditTrail audit;

  /** Every national mentor, with this tenant's acceptance of each. */
  @Transactional
  public List<MentorListing> list() {
    Map<String, MentorAcceptance> accepted =
        acceptances.all().stream()
            .collect(Collectors.toMap(MentorAcceptance::username, Function.identity()));
    return mentors.all().stream().map(m -> listing(m, accepted.get(m.username()))).toList();
  }

  @Transactional
  public MentorListing get(String username) {
    NationalMentor mentor = mentor(username);
    return listing(mentor, acceptances.find(username).orElse(null));
  }

  /** Accepts the mentor, or changes what they are accepted for (clinic admin). */
  @Transactional
  public MentorListing accept(String username, MentorScope scope) {
    permissions.require(Permission.MENTORS_ADMINISTER);
    return acceptAs(username, scope, currentUser.actor());
  }

  /** Accepting without a caller's permission: the manifest's seeding. */
  @Transactional
  public MentorListing acceptAs(String username, MentorScope scope, String actor) {
    NationalMentor mentor = mentor(username);
    for (UUID team : scope.teams()) {
      if (teams.find(team).isEmpty()) {
        throw ValidationException.of("teams", "mentor.team.unknown", team);
      }
    }
    accounts.joinCurrentTenant(mentor.userId());
    Optional<MentorAcceptance> existing = acceptances.find(username);
    MentorAcceptance acceptance =
        existing.orElseGet(() -> new MentorAcceptance(username, mentor.userId(), scope, actor));
    existing.ifPresent(a -> a.change(scope, actor));
    acceptances.store(acceptance);
    audit.record(
        existing.isPresent() ? "MENTOR_SCOPE_CHANGED" : "MENTOR_ACCEPTED",
        "mentor",
        username,
        scope.label() + " " + scope.sortedTeams());
    return listing(mentor, acceptance);
  }

  /** Accepts the mentor unless this tenant accepted them already (seeding). */
  @Transactional
  public void acceptIfAbsent(String username, Supplier<MentorScope> scope) {
    if (acceptances.find(username).isEmpty()) {
      acceptAs(username, scope.get(), "system");
    }
  }

  /** Ends the acceptance: the mentor's next request in this tenant is refused (clinic admin). */
  @Transactional
  public MentorListing revoke(String username) {
    permissions.require(Permission.MENTORS_ADMINISTER);
    NationalMentor mentor = mentor(username);
    MentorAcceptance acceptance =
        acceptances
            .find(username)
            .orElseThrow(() -> new NotFoundException("mentor.acceptance", username));
    if (memberships.rolesOf(mentor.userId()).isEmpty()) {
      // a mentor who is also a member of this tenant keeps the organization for that membership
      accounts.leaveCurrentTenant(mentor.userId());
    }
    acceptances.remove(acceptance);
    audit.record("MENTOR_REVOKED", "mentor", username, null);
    return listing(mentor, null);
  }

  private NationalMentor mentor(String username) {
    return mentors.find(username).orElseThrow(() -> new NotFoundException("mentor", username));
  }

  private MentorListing listing(NationalMentor mentor, MentorAcceptance acceptance) {
    if (acceptance == null) {
      return MentorListing.of(mentor, null, List.of());
    }
    MentorScope scope = acceptance.scope();
    return MentorListing.of(mentor, scope, teamsOf(scope));
  }

  List<MentorTeams.TeamInfo> teamsOf(MentorScope scope) {
    return scope.sortedTeams().stream()
        .map(id -> teams.find(id).orElse(new MentorTeams.TeamInfo(id, null, null, null)))
        .toList();
  }
}
