package id.klik.program.domain;

import static org.assertj.core.api.Assertions.assertThat;

import id.klik.guideline.domain.ProgramBody;
import id.klik.guideline.domain.TemplateReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The sessions each kind of Pontianak blueprint proposes from a start day. */
class SessionProposalsTest {

  private static final LocalDate MONDAY = LocalDate.of(2026, 1, 5);

  private static ProgramBody blueprint(String file) throws IOException {
    return new TemplateReader()
        .read(file, Files.readString(Path.of("tenants/pontianak/templates", file)))
        .orThrow()
        .body(ProgramBody.class);
  }

  private static List<ProposedSession> proposals(String file, LocalDate start) throws IOException {
    return SessionProposals.from(blueprint(file), start);
  }

  @Test
  void theAcademyHasThreeMainMeetingsAMonthApartWithConsultationWindowsBetween()
      throws IOException {
    List<ProposedSession> s = proposals("pontianak-innovators-academy-2024.1.yaml", MONDAY);

    assertThat(s)
        .extracting(ProposedSession::activityId)
        .containsExactly(
            "meeting-1", "consultations-1", "meeting-2", "consultations-2", "meeting-3");
    assertThat(s)
        .filteredOn(p -> p.kind() == SessionKind.SESSION)
        .extracting(p -> p.start().toLocalDate())
        .containsExactly(MONDAY, LocalDate.of(2026, 2, 5), LocalDate.of(2026, 3, 5));
    assertThat(s.get(1).start()).isEqualTo(LocalDateTime.of(2026, 1, 6, 0, 0));
    assertThat(s.get(1).end().toLocalDate()).isEqualTo(LocalDate.of(2026, 2, 4));
    assertThat(s.get(3).start().toLocalDate()).isEqualTo(LocalDate.of(2026, 2, 6));
    assertThat(s.get(3).end().toLocalDate()).isEqualTo(LocalDate.of(2026, 3, 4));
  }

  @Test
  void meetingsRunFromNineToNoonLocalTime() throws IOException {
    ProposedSession first = proposals("pontianak-innovators-academy-2024.1.yaml", MONDAY).get(0);

    assertThat(first.start()).isEqualTo(MONDAY.atTime(9, 0));
    assertThat(first.end()).isEqualTo(MONDAY.atTime(12, 0));
    assertThat(first.mode()).isEqualTo("in-person");
  }

  @Test
  void aMeetingFallingOnAWeekendMovesToTheMondayAfter() throws IOException {
    // 2026-01-08 is a Thursday; a month later, 2026-02-08, is a Sunday
    List<ProposedSession> s =
        proposals("pontianak-innovators-academy-2024.1.yaml", LocalDate.of(2026, 1, 8));

    assertThat(s.get(2).start().toLocalDate()).isEqualTo(LocalDate.of(2026, 2, 9));
    assertThat(s)
        .filteredOn(p -> p.kind() == SessionKind.SESSION)
        .allSatisfy(
            p ->
                assertThat(p.start().getDayOfWeek()).isNotIn(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY));
  }

  @Test
  void theCoachingClinicIsOneDayFollowedByTwoWeeksOfConsultations() throws IOException {
    List<ProposedSession> s = proposals("pontianak-coaching-clinic-2024.1.yaml", MONDAY);

    assertThat(s)
        .extracting(ProposedSession::kind)
        .containsExactly(SessionKind.SESSION, SessionKind.WINDOW);
    assertThat(s.get(0).start()).isEqualTo(MONDAY.atTime(9, 0));
    assertThat(s.get(1).start().toLocalDate()).isEqualTo(MONDAY.plusDays(1));
    assertThat(s.get(1).end().toLocalDate()).isEqualTo(MONDAY.plusDays(14));
  }

  @Test
  void theProposalWorkshopIsAWritingSessionThenAMentorReviewWindow() throws IOException {
    List<ProposedSession> s = proposals("pontianak-ai-proposal-workshop-2025.1.yaml", MONDAY);

    assertThat(s)
        .extracting(ProposedSession::activityId)
        .containsExactly("ai-writing-session", "mentor-review");
    assertThat(s.get(1).kind()).isEqualTo(SessionKind.WINDOW);
  }

  @Test
  void theCompetitionRunsItsStagesOneAfterAnotherWithAMonthOfRegistration() throws IOException {
    List<ProposedSession> s = proposals("pontianak-city-competition-2024.1.yaml", MONDAY);

    assertThat(s)
        .extracting(ProposedSession::activityId)
        .containsExactly(
            "proposal-workshop",
            "registration",
            "administrative-selection",
            "finalists",
            "presentations");
    ProposedSession registration = s.get(1);
    assertThat(registration.start().toLocalDate()).isEqualTo(MONDAY.plusDays(1));
    assertThat(registration.end().toLocalDate()).isEqualTo(MONDAY.plusDays(30));
    for (int i = 1; i < s.size(); i++) {
      assertThat(s.get(i).start())
          .isAfterOrEqualTo(s.get(i - 1).end().toLocalDate().atStartOfDay());
    }
    assertThat(s.get(4).kind()).isEqualTo(SessionKind.SESSION);
  }
}
