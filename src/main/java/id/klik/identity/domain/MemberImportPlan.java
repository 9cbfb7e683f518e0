package id.klik.identity.domain;

import id.klik.shared.domain.FieldProblem;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

/**
 * Decides what a members CSV would do before anything is written: every row invites one new person.
 * A row with bad details, an address already in the file or already a member of the tenant, or an
 * unknown work unit is a problem, and any problem means nothing is imported.
 */
public final class MemberImportPlan {

  /** One invitation the import will send. */
  public record Invite(
      int line, String email, String name, Set<TenantRole> roles, UUID workUnitId) {}

  public record Result(List<Invite> invites, List<FieldProblem> problems) {
    public boolean ok() {
      return problems.isEmpty();
    }
  }

  private MemberImportPlan() {}

  /**
   * @param memberEmails the tenant's member addresses (any status), lower case
   * @param workUnitByCode an active work unit's id by its code
   */
  public static Result plan(
      List<MemberCsv.Row> rows,
      Set<String> memberEmails,
      Function<String, Optional<UUID>> workUnitByCode) {
    List<FieldProblem> problems = new ArrayList<>();
    List<Invite> invites = new ArrayList<>();
    Map<String, Integer> seen = new HashMap<>();
    for (MemberCsv.Row row : rows) {
      List<FieldProblem> own = MemberRules.check(row.line(), row.email(), row.name(), row.roles());
      UUID workUnit = null;
      if (row.workUnit() != null) {
        Optional<UUID> found = workUnitByCode.apply(row.workUnit());
        if (found.isEmpty()) {
          own.add(
              FieldProblem.atLine(
                  row.line(), "work_unit", "member.workUnit.unknown", row.workUnit()));
        } else {
          workUnit = found.get();
        }
      }
      if (own.stream().noneMatch(p -> p.field().equals("email"))) {
        String email = MemberRules.normalEmail(row.email());
        Integer earlier = seen.putIfAbsent(email, row.line());
        if (earlier != null) {
          own.add(FieldProblem.atLine(row.line(), "email", "csv.email.duplicate", email, earlier));
        } else if (memberEmails.contains(email)) {
          own.add(FieldProblem.atLine(row.line(), "email", "member.email.taken", email));
        }
      }
      if (own.isEmpty()) {
        invites.add(
            new Invite(
                row.line(),
                MemberRules.normalEmail(row.email()),
                row.name().trim(),
                MemberRules.roles(row.roles()),
                workUnit));
      }
      problems.addAll(own);
    }
    return new Result(problems.isEmpty() ? invites : List.of(), problems);
  }
}
