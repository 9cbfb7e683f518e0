package id.klik.proposal.application;

import id.klik.identity.application.CurrentUser;
import id.klik.identity.application.Permissions;
import id.klik.identity.domain.GrantSubject;
import id.klik.identity.domain.Permission;
import id.klik.innovation.application.InnovationAccess;
import id.klik.innovation.application.InnovationRef;
import id.klik.people.application.TeamDirectory;
import id.klik.proposal.domain.Proposal;
import id.klik.proposal.domain.ProposalTransitions.Side;
import id.klik.proposal.infrastructure.ProposalRepository;
import id.klik.shared.domain.AccessDeniedException;
import id.klik.shared.domain.NotFoundException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;

/**
 * Who sees and changes a proposal. It is seen by the innovation's team, its mentors, the clinic
 * (admins and staff) and, later, the reviewers assigned to it (a {@code proposal} grant of {@code
 * PROPOSAL_REVIEW}); to anybody else it does not exist (404). Its text is written by those who may
 * change the innovation (its team and the clinic).
 */
@ApplicationScoped
public class ProposalAccess {

  /** The grant subject kind reviewers are assigned on. */
  public static final String PROPOSAL = "proposal";

  @Inject ProposalRepository proposals;
  @Inject InnovationAccess innovations;
  @Inject Permissions permissions;
  @Inject CurrentUser currentUser;
  @Inject TeamDirectory teams;

  @Inject @Any Instance<BlindReviewers> blindness;

  /**
   * A proposal the caller may see, with what they may do with it.
   *
   * @param blind the caller sees it only as a blind reviewer: without its team, work unit and
   *     innovation name
   */
  public record Seen(
      Proposal proposal,
      InnovationRef innovation,
      Set<Side> sides,
      boolean writer,
      boolean blind) {}

  /** Fails with 404 unless the caller may see the proposal. */
  @Transactional
  public Seen readable(UUID id) {
    Proposal p = proposals.find(id).orElseThrow(() -> new NotFoundException("proposal", id));
    return seen(p).orElseThrow(() -> new NotFoundException("proposal", id));
  }

  /**
   * Like {@link #readable}, but 404 for a blind reviewer too: the versions (their authors and
   * unredacted text) and the comments (their authors) are the team's and its mentors', not the
   * blind panel's.
   */
  @Transactional
  public Seen readableOpenly(UUID id) {
    Seen seen = readable(id);
    if (seen.blind()) {
      throw new NotFoundException("proposal", id);
    }
    return seen;
  }

  /** 404 unless seen, 403 unless the caller may write its text. */
  @Transactional
  public Seen writable(UUID id) {
    Seen seen = readable(id);
    if (!seen.writer()) {
      throw new AccessDeniedException("error.forbidden");
    }
    return seen;
  }

  /** The caller's view of a proposal, or empty when it is none of theirs. */
  @Transactional
  public java.util.Optional<Seen> seen(Proposal p) {
    InnovationRef innovation = innovations.readable(p.innovationId());
    Set<Side> sides = sides(innovation.teamId());
    boolean reviewer =
        permissions.may(Permission.PROPOSAL_REVIEW, GrantSubject.of(PROPOSAL, p.id()));
    if (sides.isEmpty() && !reviewer) {
      return java.util.Optional.empty();
    }
    boolean blind = sides.isEmpty() && blind(p.id());
    return java.util.Optional.of(
        new Seen(p, innovation, sides, innovations.mayWriteFor(innovation.teamId()), blind));
  }

  /** Whether the review context says the caller reviews this proposal blind. */
  private boolean blind(UUID proposalId) {
    if (currentUser.user().isEmpty()) {
      return false;
    }
    String username = currentUser.user().get().username();
    for (BlindReviewers source : blindness) {
      if (source.blind(username, proposalId)) {
        return true;
      }
    }
    return false;
  }

  /** The sides the caller is on for an innovation of this team. */
  public Set<Side> sides(UUID teamId) {
    Set<Side> sides = EnumSet.noneOf(Side.class);
    if (teamId != null
        && currentUser.user().isPresent()
        && teams.isMember(teamId, currentUser.user().get().username())) {
      sides.add(Side.TEAM);
    }
    if (permissions.may(Permission.INNOVATIONS_WRITE)
        || (teamId != null
            && permissions.may(Permission.TEAM_MENTOR, GrantSubject.of("team", teamId)))) {
      sides.add(Side.CLINIC);
    }
    return sides;
  }
}
