package id.klik.organization.domain;

import id.klik.organization.domain.WorkUnitRules.ParentView;
import id.klik.shared.domain.FieldProblem;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Decides what a CSV import would do before anything is written: each row creates a unit or, when
 * its code exists, updates it; parents are named by code, from the file or already stored. Any
 * problem in any row means the plan has problems and the import writes nothing.
 */
public final class WorkUnitImportPlan {

  /** A stored unit as the plan sees it. */
  public record Existing(UUID id, String code, WorkUnitKind kind, boolean active, UUID parentId) {}

  /** What one row will do. */
  public record Operation(
      int line,
      UUID id,
      boolean create,
      String code,
      String name,
      WorkUnitKind kind,
      UUID parentId) {}

  public record Result(List<Operation> operations, List<FieldProblem> problems) {
    public boolean ok() {
      return problems.isEmpty();
    }
  }

  private WorkUnitImportPlan() {}

  public static Result plan(List<WorkUnitCsv.Row> rows, Map<String, Existing> existingByCode) {
    List<FieldProblem> problems = new ArrayList<>();
    Map<String, WorkUnitCsv.Row> rowsByCode = new HashMap<>();
    Map<String, UUID> idByCode = new HashMap<>();
    existingByCode.forEach((code, e) -> idByCode.put(code, e.id()));
    for (WorkUnitCsv.Row row : rows) {
      if (row.code() == null) {
        continue;
      }
      if (rowsByCode.putIfAbsent(row.code(), row) != null) {
        problems.add(
            FieldProblem.atLine(
                row.line(),
                "code",
                "csv.code.duplicate",
                row.code(),
                rowsByCode.get(row.code()).line()));
      }
      idByCode.computeIfAbsent(row.code(), c -> UUID.randomUUID());
    }
    List<Operation> operations = new ArrayList<>();
    Map<UUID, UUID> parentAfter = new HashMap<>();
    existingByCode.values().forEach(e -> parentAfter.put(e.id(), e.parentId()));
    for (WorkUnitCsv.Row row : rows) {
      Optional<ParentView> parent = Optional.empty();
      if (row.parentCode() != null) {
        parent = parentView(row.parentCode(), rowsByCode, existingByCode, idByCode);
        if (parent.isEmpty()) {
          problems.add(
              FieldProblem.atLine(
                  row.line(), "parent_code", "csv.parent.unknown", row.parentCode()));
        }
      }
      List<FieldProblem> rowProblems =
          WorkUnitRules.check(
              row.line(),
              row.code(),
              row.name(),
              row.kind(),
              row.parentCode() == null || parent.isPresent() ? parent : Optional.empty());
      if (row.parentCode() != null && parent.isEmpty()) {
        rowProblems.removeIf(p -> p.messageKey().equals("workUnit.parent.required"));
      }
      problems.addAll(rowProblems);
      if (rowProblems.isEmpty() && row.code() != null) {
        UUID id = idByCode.get(row.code());
        UUID parentId = parent.map(ParentView::id).orElse(null);
        parentAfter.put(id, parentId);
        operations.add(
            new Operation(
                row.line(),
                id,
                !existingByCode.containsKey(row.code()),
                row.code(),
                row.name(),
                WorkUnitKind.parse(row.kind()).orElseThrow(),
                parentId));
      }
    }
    for (Operation op : operations) {
      if (op.parentId() != null
          && WorkUnitRules.wouldCycle(op.id(), op.parentId(), parentAfter::get)) {
        problems.add(FieldProblem.atLine(op.line(), "parent_code", "workUnit.parent.cycle"));
      }
    }
    problems.addAll(childrenThatNoLongerFit(operations, existingByCode, parentAfter));
    problems.sort(java.util.Comparator.comparingInt(FieldProblem::line));
    return new Result(problems.isEmpty() ? operations : List.of(), problems);
  }

  /**
   * A row that changes a stored unit's kind must leave every unit under it (stored or imported)
   * where its own kind allows: checked on the hierarchy as it would be after the import.
   */
  private static List<FieldProblem> childrenThatNoLongerFit(
      List<Operation> operations,
      Map<String, Existing> existingByCode,
      Map<UUID, UUID> parentAfter) {
    Map<UUID, WorkUnitKind> kindAfter = new HashMap<>();
    existingByCode.values().forEach(e -> kindAfter.put(e.id(), e.kind()));
    operations.forEach(op -> kindAfter.put(op.id(), op.kind()));
    List<FieldProblem> problems = new ArrayList<>();
    for (Operation op : operations) {
      if (op.create()) {
        continue;
      }
      ParentView asParent = new ParentView(op.id(), op.kind(), true);
      parentAfter.forEach(
          (child, parent) -> {
            if (op.id().equals(parent)
                && !WorkUnitRules.checkPlacement(
                        op.line(), kindAfter.get(child), Optional.of(asParent))
                    .isEmpty()) {
              problems.add(
                  FieldProblem.atLine(
                      op.line(),
                      "kind",
                      "workUnit.kind.childrenMismatch",
                      op.kind(),
                      kindAfter.get(child)));
            }
          });
    }
    return problems;
  }

  private static Optional<ParentView> parentView(
      String parentCode,
      Map<String, WorkUnitCsv.Row> rowsByCode,
      Map<String, Existing> existingByCode,
      Map<String, UUID> idByCode) {
    WorkUnitCsv.Row inFile = rowsByCode.get(parentCode);
    Existing stored = existingByCode.get(parentCode);
    if (inFile != null) {
      // an import never (re)activates a unit: a stored parent keeps its state
      boolean active = stored == null || stored.active();
      return WorkUnitKind.parse(inFile.kind())
          .map(k -> new ParentView(idByCode.get(parentCode), k, active));
    }
    return stored == null
        ? Optional.empty()
        : Optional.of(new ParentView(stored.id(), stored.kind(), stored.active()));
  }
}
