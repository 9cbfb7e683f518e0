package id.klik.consultation.application;

import id.klik.consultation.domain.ActionItem;
import id.klik.consultation.domain.Consultation;
import id.klik.consultation.domain.ConsultationStatus;
import id.klik.consultation.infrastructure.ConsultationRepository;
import id.klik.identity.application.Permissions;
import id.klik.identity.domain.Permission;
import id.klik.people.application.TeamDirectory;
import id.klik.people.application.TeamView;
import id.klik.shared.domain.AccessDeniedException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;

/**
 * A mentor's workload in the current tenant: confirmed sessions per month (in the tenant's zone),
 * hours, open action items of their consultations, the teams they met. The clinic admin sees every
 * mentor's; a mentor their own.
 */
@ApplicationScoped
public class Workload {

  @Inject ConsultationRepository repository;
  @Inject Mentors mentors;
  @Inject Permissions permissions;
  @Inject ConsultationAccess access;
  @Inject TeamDirectory teams;

  /** One mentor's figures. */
  public record Figures(
      String mentor,
      String name,
      boolean national,
      Map<String, Integer> sessionsPerMonth,
      int sessions,
      double hours,
      int openActionItems,
      List<String> teams) {}

  @Transactional
  public List<Figures> everyone() {
    if (!permissions.may(Permission.MENTORS_ADMINISTER)) {
      throw new AccessDeniedException("error.forbidden");
    }
    return mentors.all().stream().map(this::of).toList();
  }

  @Transactional
  public Figures mine() {
    return mentors
        .find(access.me())
        .map(this::of)
        .orElseThrow(() -> new AccessDeniedException("availability.notMentor"));
  }

  Figures of(Mentors.Mentor m) {
    ZoneId zone = AvailabilityService.tenantZone();
    List<Consultation> confirmed =
        repository.ofMentor(m.username()).stream()
            .filter(c -> c.status() == ConsultationStatus.CONFIRMED)
            .toList();
    Map<String, Integer> perMonth = new TreeMap<>();
    int minutes = 0;
    TreeSet<String> teamNames = new TreeSet<>();
    List<UUID> ids = new ArrayList<>();
    for (Consultation c : confirmed) {
      var slot = c.slot().orElseThrow();
      perMonth.merge(YearMonth.from(slot.start().atZone(zone)).toString(), 1, Integer::sum);
      minutes += slot.minutes();
      teams.find(c.teamId()).map(TeamView::name).ifPresent(teamNames::add);
      ids.add(c.id());
    }
    int open = (int) repository.actionItemsOf(ids).stream().filter(a -> !a.done()).count();
    return new Figures(
        m.username(),
        m.name(),
        m.national(),
        perMonth,
        confirmed.size(),
        minutes / 60.0,
        open,
        List.copyOf(teamNames));
  }

  static boolean open(ActionItem a) {
    return !a.done();
  }
}
