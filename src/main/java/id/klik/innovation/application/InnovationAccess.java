package id.klik.innovation.application;

import id.klik.identity.application.CurrentUser;
import id.klik.identity.application.Permissions;
import id.klik.identity.domain.Permission;
import id.klik.innovation.domain.Innovation;
import id.klik.innovation.infrastructure.InnovationRepository;
import id.klik.people.application.TeamDirectory;
import id.klik.shared.domain.AccessDeniedException;
import id.klik.shared.domain.NotFoundException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.UUID;

/**
 * Who may read and change an innovation, asked by every part that attaches to one (journey,
 * evidence, replication). Every member of the tenant reads every innovation of it; clinic admins
 * and staff change any ({@link Permission#INNOVATIONS_WRITE}); an innovator changes those of the
 * teams they are in. An id that is not an innovation of this tenant is not found, whoever asks.
 */
@ApplicationScoped
public class InnovationAccess {

  @Inject InnovationRepository innovations;
  @Inject Permissions permissions;
  @Inject CurrentUser currentUser;
  @Inject TeamDirectory teams;

  @Transactional
  public InnovationRef readable(UUID id) {
    return ref(find(id));
  }

  /** Fails with 403 unless the caller may change this innovation (404 if there is none). */
  @Transactional
  public InnovationRef editable(UUID id) {
    Innovation innovation = find(id);
    if (!mayWriteFor(innovation.teamId())) {
      throw new AccessDeniedException("error.forbidden");
    }
    return ref(innovation);
  }

  @Transactional
  public boolean mayEdit(UUID id) {
    return innovations.find(id).map(i -> mayWriteFor(i.teamId())).orElse(false);
  }

  /** Whether the caller may write an innovation carried by this team (null: no team). */
  public boolean mayWriteFor(UUID teamId) {
    if (permissions.may(Permission.INNOVATIONS_WRITE)) {
      return true;
    }
    return teamId != null
        && currentUser.user().isPresent()
        && teams.isMember(teamId, currentUser.user().get().username());
  }

  private Innovation find(UUID id) {
    return innovations.find(id).orElseThrow(() -> new NotFoundException("innovation", id));
  }

  static InnovationRef ref(Innovation i) {
    var p = i.profile();
    return new InnovationRef(
        i.id(),
        i.name(),
        i.workUnitId(),
        i.teamId(),
        p.stage(),
        p.kind(),
        p.form(),
        p.primaryAffair(),
        i.shared());
  }
}
