package id.klik.review.application;

import id.klik.identity.application.MembershipService;
import id.klik.identity.domain.Membership;
import id.klik.identity.domain.TenantRole;
import id.klik.people.application.TeamDirectory;
import id.klik.people.application.TeamView;
import id.klik.review.domain.ConflictOfInterest;
import id.klik.shared.domain.ValidationException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Who may review, and their ties for the conflict-of-interest rule: an active member who is clinic
 * admin or staff, a mentor or a juror (an invited juror becomes one on accepting the invitation);
 * their work unit and their teams.
 */
@ApplicationScoped
public class ReviewerTies {

  static final Set<TenantRole> REVIEWER_ROLES =
      EnumSet.of(
          TenantRole.CLINIC_ADMIN, TenantRole.CLINIC_STAFF, TenantRole.MENTOR, TenantRole.JUROR);

  @Inject MembershipService memberships;
  @Inject TeamDirectory teams;

  /** The reviewer's ties; fails when the person may not review in this tenant. */
  public ConflictOfInterest.Reviewer reviewer(String username) {
    Membership m =
        memberships
            .findByUsername(username == null ? "" : username.strip())
            .filter(Membership::active)
            .filter(x -> x.roles().stream().anyMatch(REVIEWER_ROLES::contains))
            .orElseThrow(
                () -> ValidationException.of("reviewers", "review.reviewer.notEligible", username));
    Set<java.util.UUID> teamIds =
        teams.teamsOf(m.username()).stream().map(TeamView::id).collect(Collectors.toSet());
    return new ConflictOfInterest.Reviewer(m.username(), m.workUnitId(), teamIds);
  }
}
