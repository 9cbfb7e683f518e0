package id.klik.organization.application;

import id.klik.identity.application.CurrentUser;
import id.klik.identity.application.Permissions;
import id.klik.identity.domain.Permission;
import id.klik.organization.domain.WorkUnit;
import id.klik.organization.domain.WorkUnitCsv;
import id.klik.organization.domain.WorkUnitImport;
import id.klik.organization.domain.WorkUnitImportPlan;
import id.klik.organization.domain.WorkUnitKind;
import id.klik.organization.domain.WorkUnitRules;
import id.klik.organization.domain.WorkUnitRules.ParentView;
import id.klik.organization.infrastructure.WorkUnitImportRepository;
import id.klik.organization.infrastructure.WorkUnitRepository;
import id.klik.shared.audit.AuditTrail;
import id.klik.shared.domain.ConflictException;
import id.klik.shared.domain.FieldProblem;
import id.klik.shared.domain.NotFoundException;
import id.klik.shared.domain.Page;
import id.klik.shared.domain.ValidationException;
import id.klik.shared.files.BlobStore;
import id.klik.shared.files.FileRules;
import id.klik.shared.files.StoredBlob;
import id.klik.shared.infrastructure.KlikConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.InputStream;
import java.io.PushbackInputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Maintains the current tenant's work units. Reading is open to every member; writing needs {@link
 * Permission#WORK_UNITS_WRITE}. Every write is audited in the same transaction.
 */
@ApplicationScoped
public class WorkUnitService {

  private static final String ENTITY = "work_unit";

  @Inject WorkUnitRepository units;
  @Inject AuditTrail audit;
  @Inject CurrentUser currentUser;
  @Inject BlobStore blobs;
  @Inject WorkUnitImportRepository imports;
  @Inject KlikConfig config;
  @Inject Permissions permissions;

  @Transactional
  public Page<WorkUnit> search(WorkUnitRepository.Filter filter, int page, int size) {
    return units.search(filter, Math.max(0, page), Page.size(size));
  }

  @Transactional
  public WorkUnit get(UUID id) {
    return units.find(id).orElseThrow(() -> new NotFoundException("work unit", id));
  }

  @Transactional
  public List<WorkUnit> all() {
    return units.all();
  }

  @Transactional
  public WorkUnit create(WorkUnitInput input) {
    requireWriter();
    Optional<ParentView> parent = parentView(input.parentId());
    throwIfAny(WorkUnitRules.check(0, input.code(), input.name(), input.kind(), parent));
    String code = input.code().trim();
    if (units.findByCode(code).isPresent()) {
      throw new ConflictException("workUnit.code.taken", code);
    }
    WorkUnit unit =
        new WorkUnit(
            code,
            input.name().trim(),
            WorkUnitKind.parse(input.kind()).orElseThrow(),
            input.parentId());
    lockParent(input.parentId());
    units.store(unit);
    audit.record("CREATE", ENTITY, unit.id(), code + " " + unit.name());
    return unit;
  }

  /** Changes code, name and kind; the place in the hierarchy changes through {@link #move}. */
  @Transactional
  public WorkUnit update(UUID id, WorkUnitInput input) {
    requireWriter();
    WorkUnit unit = get(id);
    return change(unit, input, unit.parentId(), "UPDATE");
  }

  /**
   * Changes everything the edit dialog shows, place in the hierarchy included, checked against the
   * new parent and applied together or not at all.
   */
  @Transactional
  public WorkUnit edit(UUID id, WorkUnitInput input) {
    requireWriter();
    WorkUnit unit = get(id);
    if (input.parentId() != null
        && WorkUnitRules.wouldCycle(id, input.parentId(), this::parentOf)) {
      throw ValidationException.of("parentId", "workUnit.parent.cycle");
    }
    return change(unit, input, input.parentId(), "EDIT");
  }

  private WorkUnit change(WorkUnit unit, WorkUnitInput input, UUID parentId, String action) {
    Optional<ParentView> parent = parentView(parentId);
    throwIfAny(WorkUnitRules.check(0, input.code(), input.name(), input.kind(), parent));
    String code = input.code().trim();
    units
        .findByCode(code)
        .filter(other -> !other.id().equals(unit.id()))
        .ifPresent(
            other -> {
              throw new ConflictException("workUnit.code.taken", code);
            });
    WorkUnitKind kind = WorkUnitKind.parse(input.kind()).orElseThrow();
    requireChildrenFit(unit, kind);
    lockParent(parentId);
    unit.rename(code, input.name().trim(), kind);
    unit.moveUnder(parentId);
    audit.record(action, ENTITY, unit.id(), code + " " + unit.name() + " parent=" + parentId);
    return unit;
  }

  /** A new kind must still be a fitting parent for every unit under it. */
  private void requireChildrenFit(WorkUnit unit, WorkUnitKind kind) {
    if (kind == unit.kind()) {
      return;
    }
    ParentView asParent = new ParentView(unit.id(), kind, true);
    for (WorkUnit child : units.children(unit.id())) {
      if (!WorkUnitRules.checkPlacement(0, child.kind(), Optional.of(asParent)).isEmpty()) {
        throw ValidationException.of("kind", "workUnit.kind.childrenMismatch", kind, child.name());
      }
    }
  }

  /**
   * Bumps the parent's version, so a concurrent deactivation of that parent and this new child
   * cannot both commit (one gets 409).
   */
  private void lockParent(UUID parentId) {
    if (parentId != null) {
      units.find(parentId).ifPresent(units::lockAsParent);
    }
  }

  @Transactional
  public WorkUnit move(UUID id, UUID newParentId) {
    requireWriter();
    WorkUnit unit = get(id);
    Optional<ParentView> parent = parentView(newParentId);
    throwIfAny(WorkUnitRules.checkPlacement(0, unit.kind(), parent));
    if (newParentId != null && WorkUnitRules.wouldCycle(id, newParentId, this::parentOf)) {
      throw ValidationException.of("parentId", "workUnit.parent.cycle");
    }
    lockParent(newParentId);
    unit.moveUnder(newParentId);
    audit.record("MOVE", ENTITY, id, "parent=" + newParentId);
    return unit;
  }

  @Transactional
  public WorkUnit deactivate(UUID id) {
    requireWriter();
    WorkUnit unit = get(id);
    if (units.countChildren(id, true) > 0) {
      throw new ConflictException("workUnit.deactivate.hasActiveChildren", unit.name());
    }
    unit.deactivate();
    audit.record("DEACTIVATE", ENTITY, id, unit.code());
    return unit;
  }

  @Transactional
  public WorkUnit reactivate(UUID id) {
    requireWriter();
    WorkUnit unit = get(id);
    throwIfAny(WorkUnitRules.checkPlacement(0, unit.kind(), parentView(unit.parentId())));
    lockParent(unit.parentId());
    unit.reactivate();
    audit.record("REACTIVATE", ENTITY, id, unit.code());
    return unit;
  }

  /**
   * Imports a CSV all or nothing; on any bad row throws with every problem by line. The file is
   * kept exactly as uploaded, with a record in the import history, in the same transaction: both
   * exist exactly when the import does. The file must be text within the upload limit.
   */
  @Transactional
  public ImportResult importCsv(InputStream content, String filename) {
    requireWriter();
    PushbackInputStream in = new PushbackInputStream(content, 1);
    if (isEmpty(in)) {
      throw ValidationException.of("file", "csv.empty");
    }
    StoredBlob file = blobs.store(in, filename, FileRules.tables(config.uploadMaxBytes()));
    ImportResult result = applyCsv(read(file));
    imports.store(
        new WorkUnitImport(
            file.sha256(), filename, currentUser.actor(), result.created(), result.updated()));
    return result;
  }

  private String read(StoredBlob file) {
    try (InputStream in = blobs.open(file.sha256())) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static boolean isEmpty(PushbackInputStream in) {
    try {
      int first = in.read();
      if (first < 0) {
        return true;
      }
      in.unread(first);
      return false;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The onboarding's seed import: the same rules, without a person behind it, and only into a
   * tenant that has no work units yet.
   */
  @Transactional
  public ImportResult seedIfEmpty(String text) {
    return units.count() == 0 ? applyCsv(text) : new ImportResult(0, 0);
  }

  private ImportResult applyCsv(String text) {
    WorkUnitCsv.Parsed parsed = WorkUnitCsv.parse(text);
    throwIfAny(parsed.problems());
    Map<String, WorkUnit> stored =
        units.all().stream().collect(Collectors.toMap(WorkUnit::code, Function.identity()));
    Map<String, WorkUnitImportPlan.Existing> existing =
        stored.values().stream()
            .collect(
                Collectors.toMap(
                    WorkUnit::code,
                    u ->
                        new WorkUnitImportPlan.Existing(
                            u.id(), u.code(), u.kind(), u.active(), u.parentId())));
    WorkUnitImportPlan.Result plan = WorkUnitImportPlan.plan(parsed.rows(), existing);
    throwIfAny(plan.problems());
    int created = 0;
    for (WorkUnitImportPlan.Operation op : plan.operations()) {
      if (op.create()) {
        units.store(new WorkUnit(op.id(), op.code(), op.name(), op.kind(), op.parentId()));
        created++;
      } else {
        WorkUnit unit = stored.get(op.code());
        unit.rename(op.code(), op.name(), op.kind());
        unit.moveUnder(op.parentId());
      }
    }
    ImportResult result = new ImportResult(created, plan.operations().size() - created);
    audit.record(
        "IMPORT", ENTITY, null, "created=" + result.created() + " updated=" + result.updated());
    return result;
  }

  private UUID parentOf(UUID id) {
    return units.find(id).map(WorkUnit::parentId).orElse(null);
  }

  private Optional<ParentView> parentView(UUID parentId) {
    if (parentId == null) {
      return Optional.empty();
    }
    WorkUnit parent =
        units
            .find(parentId)
            .orElseThrow(() -> ValidationException.of("parentId", "workUnit.parent.unknown"));
    return Optional.of(new ParentView(parent.id(), parent.kind(), parent.active()));
  }

  private void requireWriter() {
    permissions.require(Permission.WORK_UNITS_WRITE);
  }

  private static void throwIfAny(List<FieldProblem> problems) {
    if (!problems.isEmpty()) {
      throw new ValidationException(problems);
    }
  }
}
