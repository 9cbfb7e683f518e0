package id.klik.organization.domain;

import id.klik.shared.domain.FieldProblem;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * The rules a work unit must keep: a short code of letters, digits and {@code . _ -}; a name; a
 * known kind; and a place in the hierarchy that fits its kind (a kelurahan under a kecamatan, a UPT
 * under an agency, nothing under a kelurahan, no cycles, no inactive parent).
 */
public final class WorkUnitRules {

  static final int MAX_CODE = 40;
  static final int MAX_NAME = 200;
  private static final Pattern CODE = Pattern.compile("[A-Za-z0-9._-]+");

  private WorkUnitRules() {}

  /** The parent as the rules need to see it. */
  public record ParentView(UUID id, WorkUnitKind kind, boolean active) {}

  /** Checks one unit; {@code line} is 0 outside file imports. */
  public static List<FieldProblem> check(
      int line, String code, String name, String kindText, Optional<ParentView> parent) {
    List<FieldProblem> problems = new ArrayList<>();
    if (code == null || code.isBlank()) {
      problems.add(FieldProblem.atLine(line, "code", "workUnit.code.required"));
    } else if (code.length() > MAX_CODE || !CODE.matcher(code).matches()) {
      problems.add(FieldProblem.atLine(line, "code", "workUnit.code.format", MAX_CODE));
    }
    if (name == null || name.isBlank()) {
      problems.add(FieldProblem.atLine(line, "name", "workUnit.name.required"));
    } else if (name.length() > MAX_NAME) {
      problems.add(FieldProblem.atLine(line, "name", "workUnit.name.tooLong", MAX_NAME));
    }
    if (kindText == null || kindText.isBlank()) {
      problems.add(FieldProblem.atLine(line, "kind", "workUnit.kind.required"));
      return problems;
    }
    Optional<WorkUnitKind> kind = WorkUnitKind.parse(kindText);
    if (kind.isEmpty()) {
      problems.add(FieldProblem.atLine(line, "kind", "workUnit.kind.unknown", kindText));
      return problems;
    }
    problems.addAll(checkPlacement(line, kind.get(), parent));
    return problems;
  }

  /** Checks that a unit of this kind may sit under this parent (or at the top). */
  public static List<FieldProblem> checkPlacement(
      int line, WorkUnitKind kind, Optional<ParentView> parent) {
    List<FieldProblem> problems = new ArrayList<>();
    Optional<WorkUnitKind> required = kind.requiredParent();
    if (parent.isEmpty()) {
      required.ifPresent(
          r ->
              problems.add(
                  FieldProblem.atLine(line, "parent", "workUnit.parent.required", kind, r)));
      return problems;
    }
    ParentView p = parent.get();
    if (!p.active()) {
      problems.add(FieldProblem.atLine(line, "parent", "workUnit.parent.inactive"));
    }
    if (!p.kind().canHaveChildren()) {
      problems.add(FieldProblem.atLine(line, "parent", "workUnit.parent.leaf", p.kind()));
    } else if (required.isPresent() && required.get() != p.kind()) {
      problems.add(
          FieldProblem.atLine(line, "parent", "workUnit.parent.wrongKind", kind, required.get()));
    }
    return problems;
  }

  /**
   * Whether putting {@code unit} under {@code newParent} would make it its own ancestor.
   *
   * @param parentOf the current parent of any unit, or null at the top
   */
  public static boolean wouldCycle(UUID unit, UUID newParent, Function<UUID, UUID> parentOf) {
    Set<UUID> seen = new HashSet<>();
    for (UUID at = newParent; at != null; at = parentOf.apply(at)) {
      if (at.equals(unit) || !seen.add(at)) {
        return true;
      }
    }
    return false;
  }
}
