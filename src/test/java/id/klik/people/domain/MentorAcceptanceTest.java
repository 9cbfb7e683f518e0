package id.klik.people.domain;

import static org.assertj.core.api.Assertions.assertThat;

import id.klik.identity.domain.Permission;
import id.klik.identity.domain.TenantRole;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** What an accepted national mentor may do on a tenant's teams. */
class MentorAcceptanceTest {

  private final UUID teamA = UUID.randomUUID();
  private final UUID teamB = UUID.randomUUID();

  @Test
  void theWholeClinicCoversEveryTeam() {
    MentorAcceptance a = new MentorAcceptance("m", "sub", MentorScope.wholeClinic(), "admin");

    assertThat(a.grants(Permission.TEAM_MENTOR, teamA)).isTrue();
    assertThat(a.grants(Permission.TEAM_MENTOR, teamB)).isTrue();
  }

  @Test
  void chosenTeamsCoverThoseTeamsOnly() {
    MentorAcceptance a = new MentorAcceptance("m", "sub", new MentorScope(Set.of(teamA)), "admin");

    assertThat(a.grants(Permission.TEAM_MENTOR, teamA)).isTrue();
    assertThat(a.grants(Permission.VIEW, teamA)).isTrue();
    assertThat(a.grants(Permission.TEAM_MENTOR, teamB)).isFalse();
  }

  @Test
  void anAcceptanceNeverGrantsWritingOrAdministering() {
    MentorAcceptance a = new MentorAcceptance("m", "sub", MentorScope.wholeClinic(), "admin");

    assertThat(a.grants(Permission.WORK_UNITS_WRITE, teamA)).isFalse();
    assertThat(a.grants(Permission.MENTORS_ADMINISTER, teamA)).isFalse();
  }

  @Test
  void acceptingAgainReplacesTheScope() {
    MentorAcceptance a = new MentorAcceptance("m", "sub", new MentorScope(Set.of(teamA)), "admin");
    a.change(MentorScope.wholeClinic(), "admin");

    assertThat(a.scope().isWholeClinic()).isTrue();
    assertThat(a.covers(teamB)).isTrue();
  }

  @Test
  void anAcceptedMentorHasTheRoleMentor() {
    assertThat(MentorAcceptance.ROLES).containsExactly(TenantRole.MENTOR);
  }
}
