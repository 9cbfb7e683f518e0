package id.klik.review.application;

import id.klik.identity.application.PermissionGrants;
import id.klik.identity.domain.GrantSubject;
import id.klik.identity.domain.Permission;
import id.klik.review.infrastructure.ReviewRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.UUID;

/**
 * A reviewer assignment grants {@link Permission#PROPOSAL_REVIEW} on that proposal (subject kind
 * {@code proposal}), so the proposal context lets the reviewer read it; an excluded sheet grants
 * nothing.
 */
@ApplicationScoped
public class ReviewGrants implements PermissionGrants {

  public static final String PROPOSAL = "proposal";

  @Inject ReviewRepository reviews;

  @Override
  @Transactional
  public boolean grants(String username, Permission permission, GrantSubject subject) {
    if (permission != Permission.PROPOSAL_REVIEW || !PROPOSAL.equals(subject.kind())) {
      return false;
    }
    UUID id;
    try {
      id = UUID.fromString(subject.id());
    } catch (IllegalArgumentException e) {
      return false;
    }
    return reviews.assigned(username, id);
  }
}
