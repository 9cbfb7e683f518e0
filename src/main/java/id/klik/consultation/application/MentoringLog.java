package id.klik.consultation.application;

import id.klik.consultation.domain.Consultation;
import id.klik.people.application.TeamDirectory;
import id.klik.shared.domain.NotFoundException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

/**
 * A team's mentoring log: every consultation with what came of it (notes, action items, the
 * follow-up), in the order they happened (a confirmed one at its time, a request at its asking).
 * Readable by whoever may read the team's consultations.
 */
@ApplicationScoped
public class MentoringLog {

  @Inject ConsultationService consultations;
  @Inject ConsultationAccess access;
  @Inject TeamDirectory teams;

  /** One consultation in the log, with its notes and action items. */
  public record Entry(Instant at, ConsultationView consultation) {}

  @Transactional
  public List<Entry> of(UUID team) {
    if (teams.find(team).isEmpty()) {
      throw new NotFoundException("team", team);
    }
    List<Consultation> mine = consultations.ofTeam(team);
    if (mine.isEmpty() && !access.clinic() && !access.inTeam(team) && !access.mentorsTeam(team)) {
      throw new NotFoundException("team", team);
    }
    List<Entry> out = new ArrayList<>();
    for (ConsultationView v : consultations.views(mine)) {
      out.add(new Entry(v.startsAt() != null ? v.startsAt() : v.createdAt(), v));
    }
    out.sort(Comparator.comparing(Entry::at));
    return out;
  }
}
