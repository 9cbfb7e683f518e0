package id.klik.people.domain;

import id.klik.shared.domain.FieldProblem;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * The rules a team's own data must keep: a name, a work unit, and members among whom exactly one
 * leads. Whether the work unit and the members exist, are active and belong to the tenant is the
 * service's question; it asks the contexts that know.
 */
public final class TeamRules {

  public static final int MAX_NAME = 200;
  public static final int MAX_MEMBERS = 100;

  private TeamRules() {}

  public static List<FieldProblem> check(String name, UUID workUnitId, List<TeamSeat> seats) {
    List<FieldProblem> problems = new ArrayList<>();
    if (name == null || name.isBlank()) {
      problems.add(FieldProblem.of("name", "team.name.required"));
    } else if (name.trim().length() > MAX_NAME) {
      problems.add(FieldProblem.of("name", "team.name.tooLong", MAX_NAME));
    }
    if (workUnitId == null) {
      problems.add(FieldProblem.of("workUnitId", "team.workUnit.required"));
    }
    if (seats == null || seats.isEmpty()) {
      problems.add(FieldProblem.of("members", "team.members.required"));
      return problems;
    }
    if (seats.size() > MAX_MEMBERS) {
      problems.add(FieldProblem.of("members", "team.members.tooMany", MAX_MEMBERS));
      return problems;
    }
    Set<Object> seen = new HashSet<>();
    int leaders = 0;
    for (TeamSeat seat : seats) {
      if (seat == null || seat.memberId() == null) {
        problems.add(FieldProblem.of("members", "team.member.required"));
        continue;
      }
      if (!seen.add(seat.memberId())) {
        problems.add(FieldProblem.of("members", "team.member.duplicate", seat.memberId()));
      }
      if (seat.leader()) {
        leaders++;
      }
    }
    if (leaders == 0) {
      problems.add(FieldProblem.of("members", "team.leader.none"));
    } else if (leaders > 1) {
      problems.add(FieldProblem.of("members", "team.leader.many", leaders));
    }
    return problems;
  }
}
