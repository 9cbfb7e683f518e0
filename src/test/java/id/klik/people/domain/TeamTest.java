package id.klik.people.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.klik.shared.domain.FieldProblem;
import id.klik.shared.domain.ValidationException;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class TeamTest {

  private static final UUID UNIT = UUID.randomUUID();
  private final UUID ani = UUID.randomUUID();
  private final UUID budi = UUID.randomUUID();
  private final UUID citra = UUID.randomUUID();

  @Test
  void aTeamHasItsLeaderAmongItsMembers() {
    Team team =
        new Team(
            " Tim Inovasi ", UNIT, List.of(new TeamSeat(ani, true), new TeamSeat(budi, false)));

    assertThat(team.name()).isEqualTo("Tim Inovasi");
    assertThat(team.leaderId()).isEqualTo(ani);
    assertThat(team.memberIds()).containsExactlyInAnyOrder(ani, budi);
  }

  @Test
  void aTeamWithoutALeaderIsRefused() {
    assertThat(keys("Tim", UNIT, List.of(new TeamSeat(ani, false))))
        .containsExactly("team.leader.none");
  }

  @Test
  void aTeamWithTwoLeadersIsRefused() {
    assertThat(keys("Tim", UNIT, List.of(new TeamSeat(ani, true), new TeamSeat(budi, true))))
        .containsExactly("team.leader.many");
  }

  @Test
  void aTeamWithoutMembersIsRefused() {
    assertThat(keys("Tim", UNIT, List.of())).containsExactly("team.members.required");
  }

  @Test
  void aPersonSitsInATeamOnce() {
    assertThat(keys("Tim", UNIT, List.of(new TeamSeat(ani, true), new TeamSeat(ani, false))))
        .containsExactly("team.member.duplicate");
  }

  @Test
  void aSeatNamesAMember() {
    assertThat(keys("Tim", UNIT, List.of(new TeamSeat(ani, true), new TeamSeat(null, false))))
        .containsExactly("team.member.required");
  }

  @Test
  void everyProblemIsNamedAtOnce() {
    assertThat(keys(" ", null, List.of(new TeamSeat(ani, false))))
        .containsExactly("team.name.required", "team.workUnit.required", "team.leader.none");
  }

  @Test
  void aNameHasALimit() {
    assertThat(keys("x".repeat(TeamRules.MAX_NAME + 1), UNIT, List.of(new TeamSeat(ani, true))))
        .containsExactly("team.name.tooLong");
  }

  @Test
  void aChangeReplacesMembersAndLeaderTogether() {
    Team team = new Team("Tim", UNIT, List.of(new TeamSeat(ani, true), new TeamSeat(budi, false)));

    team.change("Tim Baru", UNIT, List.of(new TeamSeat(budi, true), new TeamSeat(citra, false)));

    assertThat(team.leaderId()).isEqualTo(budi);
    assertThat(team.memberIds()).containsExactlyInAnyOrder(budi, citra);
    assertThat(team.hasMember(ani)).isFalse();
  }

  @Test
  void aRefusedChangeLeavesTheTeamAsItWas() {
    Team team = new Team("Tim", UNIT, List.of(new TeamSeat(ani, true)));

    assertThatThrownBy(() -> team.change("Tim", UNIT, List.of(new TeamSeat(budi, false))))
        .isInstanceOf(ValidationException.class);

    assertThat(team.leaderId()).isEqualTo(ani);
    assertThat(team.memberIds()).containsExactly(ani);
  }

  private static List<String> keys(String name, UUID unit, List<TeamSeat> seats) {
    return TeamRules.check(name, unit, seats).stream().map(FieldProblem::messageKey).toList();
  }
}
