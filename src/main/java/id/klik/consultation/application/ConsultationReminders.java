package id.klik.consultation.application;

import id.klik.consultation.domain.Consultation;
import id.klik.consultation.infrastructure.ConsultationRepository;
import id.klik.people.application.TeamDirectory;
import id.klik.people.application.TeamView;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * The day-before reminders of the current tenant: every confirmed consultation starting within the
 * next 24 hours whose reminder for its current start has not gone out gets one, to the team and the
 * mentor. The consultation records the start it was reminded for (a moved one is reminded again),
 * and the outbox's idempotency key names that start too, so a reminder goes out once.
 */
@ApplicationScoped
public class ConsultationReminders {

  static final Duration AHEAD = Duration.ofHours(24);

  @Inject ConsultationRepository repository;
  @Inject ConsultationMails mails;
  @Inject TeamDirectory teams;
  @Inject Mentors mentors;

  /** Answers how many consultations were reminded. */
  @Transactional
  public int remindDue(Instant now) {
    List<Consultation> due = repository.confirmedBetween(now, now.plus(AHEAD));
    int reminded = 0;
    for (Consultation c : due) {
      if (c.remindedForCurrentStart()) {
        continue;
      }
      TeamView team = teams.find(c.teamId()).orElse(null);
      if (team == null) {
        continue;
      }
      Mentors.Mentor mentor =
          c.mentor()
              .map(u -> mentors.find(u).orElse(new Mentors.Mentor(u, u, null, false, List.of())))
              .orElse(null);
      mails.send(ConsultationMails.REMINDER, c, team, mentor);
      c.reminded();
      reminded++;
    }
    return reminded;
  }
}
