package id.klik.consultation.application;

import id.klik.consultation.domain.Consultation;
import id.klik.consultation.domain.ConsultationStatus;
import id.klik.consultation.infrastructure.ConsultationRepository;
import id.klik.people.application.TeamDirectory;
import id.klik.people.application.TeamView;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;

/**
 * One tenant's part of a national mentor's home: their next confirmed consultations there. Called
 * for the mentor's own username inside each tenant that accepted them ({@code AcrossTenants}).
 */
@ApplicationScoped
public class MentorConsultations {

  @Inject ConsultationRepository repository;
  @Inject TeamDirectory teams;
  @Inject Mentors mentors;

  /** A consultation on the mentor's home. */
  public record Next(java.util.UUID id, String team, String topic, Instant startsAt, int minutes) {}

  /** The next ones; none where the tenant no longer accepts the mentor. */
  @Transactional
  public List<Next> next(String username, int limit) {
    if (mentors.find(username).isEmpty()) {
      return List.of();
    }
    Instant now = Instant.now();
    return repository.ofMentor(username).stream()
        .filter(c -> c.status() == ConsultationStatus.CONFIRMED)
        .filter(c -> c.slot().map(s -> s.end().isAfter(now)).orElse(false))
        .sorted(Comparator.comparing(c -> c.slot().orElseThrow().start()))
        .limit(limit)
        .map(this::next)
        .toList();
  }

  private Next next(Consultation c) {
    return new Next(
        c.id(),
        teams.find(c.teamId()).map(TeamView::name).orElse(""),
        c.topic(),
        c.slot().orElseThrow().start(),
        c.minutes());
  }
}
