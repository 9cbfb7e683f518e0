package id.klik.innovation.application;

import id.klik.identity.application.CurrentUser;
import id.klik.identity.application.Permissions;
import id.klik.identity.domain.Permission;
import id.klik.innovation.domain.GovernmentAffairs;
import id.klik.innovation.domain.HistoryEntry;
import id.klik.innovation.domain.Innovation;
import id.klik.innovation.domain.InnovationProfile;
import id.klik.innovation.domain.InnovationRules;
import id.klik.innovation.domain.StatusChange;
import id.klik.innovation.infrastructure.InnovationRepository;
import id.klik.organization.application.WorkUnitDirectory;
import id.klik.people.application.TeamDirectory;
import id.klik.shared.audit.AuditTrail;
import id.klik.shared.domain.AccessDeniedException;
import id.klik.shared.domain.ConflictException;
import id.klik.shared.domain.FieldProblem;
import id.klik.shared.domain.Page;
import id.klik.shared.domain.ValidationException;
import id.klik.tenancy.application.TenantTime;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * Registers and changes the current tenant's innovations. Every rule is checked before anything is
 * written and all problems are reported together; a refused write leaves nothing behind. Every
 * write is audited, every change of stage or status enters the history, and {@link InnovationSaved}
 * is fired inside the same transaction.
 */
@ApplicationScoped
public class InnovationService {

  static final String ENTITY = "innovation";

  @Inject InnovationRepository innovations;
  @Inject InnovationAccess access;
  @Inject InnovationViews views;
  @Inject WorkUnitDirectory workUnits;
  @Inject TeamDirectory teams;
  @Inject Permissions permissions;
  @Inject CurrentUser currentUser;
  @Inject AuditTrail audit;
  @Inject Event<InnovationSaved> saved;

  @Transactional
  public InnovationView get(UUID id) {
    access.readable(id);
    return views.of(innovations.find(id).orElseThrow());
  }

  /** The most recently changed first. */
  @Transactional
  public Page<InnovationView> recent(int page, int size) {
    Page<Innovation> found = innovations.recent(Math.max(0, page), Page.size(size));
    return new Page<>(views.of(found.items()), found.page(), found.size(), found.total());
  }

  /** Every change of stage and status, oldest first. */
  @Transactional
  public List<HistoryEntry> history(UUID id) {
    access.readable(id);
    return innovations.history(id);
  }

  @Transactional
  public InnovationView create(InnovationInput input) {
    InnovationProfile profile = requireBody(input).profile();
    requireWriterFor(profile.teamId());
    return views.of(insert(profile, "CREATE"));
  }

  /**
   * Replaces the whole profile.
   *
   * @param expectedVersion the version the caller last saw, or null to not check
   */
  @Transactional
  public InnovationView update(UUID id, InnovationInput input, Long expectedVersion) {
    InnovationProfile profile = requireBody(input).profile();
    access.editable(id);
    Innovation innovation = innovations.find(id).orElseThrow();
    if (expectedVersion != null && expectedVersion != innovation.version()) {
      throw new ConflictException("error.concurrentEdit");
    }
    if (!Objects.equals(profile.teamId(), innovation.teamId())) {
      requireWriterFor(profile.teamId());
    }
    checkReferences(profile);
    requireNameFree(profile, id);
    List<StatusChange> changes = innovation.change(profile, actor(), today(), affairs());
    innovations.flush();
    record(innovation, changes, "UPDATE");
    return views.of(innovation);
  }

  /**
   * A seed of the manifest (demo data or a region's existing portfolio): creates the innovation
   * unless its work unit has one of that name, under the same rules, without a person behind it.
   *
   * @return whether it was created
   */
  @Transactional
  public boolean seedIfMissing(InnovationInput input) {
    InnovationProfile profile = requireBody(input).profile();
    if (profile.workUnitId() != null
        && profile.name() != null
        && innovations.findByName(profile.workUnitId(), profile.name()).isPresent()) {
      return false;
    }
    insert(profile, "SEED");
    return true;
  }

  /**
   * A seed that needs the innovation afterwards (the demo competition's proposals): the id of the
   * work unit's innovation of that name, created under the same rules when it is missing.
   */
  @Transactional
  public UUID seedId(InnovationInput input) {
    InnovationProfile profile = requireBody(input).profile();
    if (profile.workUnitId() != null && profile.name() != null) {
      var existing = innovations.findByName(profile.workUnitId(), profile.name());
      if (existing.isPresent()) {
        return existing.get().id();
      }
    }
    return insert(profile, "SEED").id();
  }

  private Innovation insert(InnovationProfile profile, String action) {
    checkReferences(profile);
    requireNameFree(profile, null);
    Innovation.Creation created = Innovation.create(profile, actor(), today(), affairs());
    Innovation innovation = created.innovation();
    innovations.store(innovation);
    innovations.flush();
    record(innovation, created.changes(), action);
    return innovation;
  }

  private void record(Innovation innovation, List<StatusChange> changes, String action) {
    for (StatusChange change : changes) {
      innovations.store(new HistoryEntry(innovation.id(), change, actor()));
    }
    innovations.flush();
    audit.record(action, ENTITY, innovation.id(), describe(innovation));
    InnovationProfile p = innovation.profile();
    saved.fire(new InnovationSaved(InnovationAccess.ref(innovation), summary(p.goals())));
  }

  /** The work unit exists and is active; the team exists and belongs to it. */
  private void checkReferences(InnovationProfile p) {
    List<FieldProblem> problems = new ArrayList<>();
    if (p.workUnitId() != null) {
      workUnits
          .find(p.workUnitId())
          .ifPresentOrElse(
              unit -> {
                if (!unit.active()) {
                  problems.add(
                      FieldProblem.of("workUnitId", "innovation.workUnit.inactive", unit.name()));
                }
              },
              () ->
                  problems.add(
                      FieldProblem.of(
                          "workUnitId", "innovation.workUnit.unknown", p.workUnitId())));
    }
    if (p.teamId() != null) {
      teams
          .find(p.teamId())
          .ifPresentOrElse(
              team -> {
                if (p.workUnitId() != null && !team.workUnitId().equals(p.workUnitId())) {
                  problems.add(
                      FieldProblem.of("teamId", "innovation.team.otherWorkUnit", team.name()));
                }
              },
              () -> problems.add(FieldProblem.of("teamId", "innovation.team.unknown", p.teamId())));
    }
    if (!problems.isEmpty()) {
      // the profile's own rules too, so that one answer names everything
      problems.addAll(0, InnovationRules.check(p, affairs(), today()));
      throw new ValidationException(problems);
    }
  }

  private void requireNameFree(InnovationProfile p, UUID self) {
    if (p.workUnitId() == null || p.name() == null) {
      return;
    }
    innovations
        .findByName(p.workUnitId(), p.name())
        .filter(other -> !other.id().equals(self))
        .ifPresent(
            other -> {
              throw new ConflictException("innovation.name.taken", p.name());
            });
  }

  /** Clinic admins and staff write any; an innovator only for a team they are in. */
  private void requireWriterFor(UUID teamId) {
    if (permissions.may(Permission.INNOVATIONS_WRITE)) {
      return;
    }
    if (teamId == null) {
      if (!permissions.may(Permission.VIEW)) {
        throw new AccessDeniedException("error.forbidden");
      }
      throw ValidationException.of("teamId", "innovation.team.requiredForInnovator");
    }
    if (!access.mayWriteFor(teamId)) {
      throw new AccessDeniedException("error.forbidden");
    }
  }

  private static InnovationInput requireBody(InnovationInput input) {
    if (input == null) {
      throw ValidationException.of("body", "error.bodyRequired");
    }
    return input;
  }

  private String actor() {
    return currentUser.actor();
  }

  private static LocalDate today() {
    return LocalDate.now(TenantTime.display().zone());
  }

  private static GovernmentAffairs affairs() {
    return GovernmentAffairs.master();
  }

  static String summary(String goals) {
    if (goals == null) {
      return null;
    }
    return goals.length() <= 280 ? goals : goals.substring(0, 279).stripTrailing() + "…";
  }

  private static String describe(Innovation i) {
    return i.name() + " stage=" + i.stage() + " workUnit=" + i.workUnitId() + " team=" + i.teamId();
  }
}
