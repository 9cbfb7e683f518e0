package id.klik.program.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.klik.shared.domain.ConflictException;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ProgramStateTest {

  private static Program program() {
    return new Program("PIA 2026", "pontianak-innovators-academy", "2024.1", "academy");
  }

  @Test
  void aNewProgramIsPlanned() {
    assertThat(program().state()).isEqualTo(ProgramState.PLANNED);
  }

  @Test
  void aProgramGoesFromPlannedThroughOpenAndRunningToClosed() {
    Program p = program();
    p.moveTo(ProgramState.OPEN);
    p.moveTo(ProgramState.RUNNING);
    p.moveTo(ProgramState.CLOSED);

    assertThat(p.state()).isEqualTo(ProgramState.CLOSED);
  }

  @Test
  void aProgramByInvitationOnlyStartsWithoutOpeningRegistration() {
    Program p = program();
    p.moveTo(ProgramState.RUNNING);

    assertThat(p.state()).isEqualTo(ProgramState.RUNNING);
  }

  @Test
  void aRunningProgramCannotGoBackToRegistration() {
    Program p = program();
    p.moveTo(ProgramState.RUNNING);

    assertThatThrownBy(() -> p.moveTo(ProgramState.OPEN))
        .isInstanceOf(ConflictException.class)
        .hasFieldOrPropertyWithValue("messageKey", "program.state.move");
  }

  @Test
  void aClosedProgramMovesNowhere() {
    assertThat(ProgramState.CLOSED.next()).isEmpty();
    assertThat(ProgramState.CLOSED.allowsInvitation()).isFalse();
    assertThat(ProgramState.CLOSED.allowsSessionChanges()).isFalse();
  }

  @Test
  void attendanceIsRecordedOnlyWhileRunning() {
    assertThat(ProgramState.values())
        .filteredOn(ProgramState::allowsAttendance)
        .containsExactly(ProgramState.RUNNING);
  }

  @Test
  void teamsRegisterThemselvesOnlyWhileOpenAndInsideTheWindow() {
    Program p = program();
    p.describe("PIA 2026", null, LocalDate.of(2026, 1, 1), LocalDate.of(2026, 1, 31));
    assertThat(p.registrationOpenOn(LocalDate.of(2026, 1, 10))).isFalse();

    p.moveTo(ProgramState.OPEN);

    assertThat(p.registrationOpenOn(LocalDate.of(2025, 12, 31))).isFalse();
    assertThat(p.registrationOpenOn(LocalDate.of(2026, 1, 1))).isTrue();
    assertThat(p.registrationOpenOn(LocalDate.of(2026, 1, 31))).isTrue();
    assertThat(p.registrationOpenOn(LocalDate.of(2026, 2, 1))).isFalse();
  }
}
