package id.klik.consultation.application;

import id.klik.consultation.domain.Availability;
import id.klik.consultation.domain.FreeSlots;
import id.klik.consultation.domain.OneOffSlot;
import id.klik.consultation.domain.Slot;
import id.klik.consultation.domain.WeeklySlot;
import id.klik.consultation.infrastructure.AvailabilityRepository;
import id.klik.consultation.infrastructure.ConsultationRepository;
import id.klik.shared.audit.AuditTrail;
import id.klik.shared.domain.AccessDeniedException;
import id.klik.shared.domain.FieldProblem;
import id.klik.shared.domain.NotFoundException;
import id.klik.shared.domain.ValidationException;
import id.klik.tenancy.application.TenantContext;
import id.klik.tenancy.domain.RegionTimeZone;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/**
 * Mentors' availability: a mentor publishes their own (a national mentor's is theirs in every
 * tenant that accepted them), a team finds a mentor's free slots (offered, less what is booked here
 * and, for a national mentor, in every tenant).
 */
@ApplicationScoped
public class AvailabilityService {

  @Inject AvailabilityRepository repository;
  @Inject ConsultationRepository consultations;
  @Inject Mentors mentors;
  @Inject ConsultationAccess access;
  @Inject AuditTrail audit;

  /** The caller's own availability; 403 for someone who is no mentor here. */
  @Transactional
  public Availability mine() {
    Mentors.Mentor me = requireMentor();
    return repository.of(me.username(), me.national(), tenantZone());
  }

  @Transactional
  public Availability replaceMine(AvailabilityInput input) {
    if (input == null) {
      throw ValidationException.of("body", "error.bodyRequired");
    }
    Mentors.Mentor me = requireMentor();
    List<FieldProblem> problems = new ArrayList<>();
    List<WeeklySlot> w = input.weeklySlots(problems);
    List<OneOffSlot> o = input.oneOffSlots(problems);
    String zone = input.zone();
    problems.addAll(Availability.check(zone, w, o));
    if (!problems.isEmpty()) {
      throw new ValidationException(problems);
    }
    Availability availability = new Availability(ZoneId.of(zone.trim()), w, o);
    repository.replace(me.username(), me.national(), availability);
    audit.record(
        "AVAILABILITY_CHANGED",
        "availability",
        me.username(),
        zone + " weekly=" + w.size() + " once=" + o.size());
    return availability;
  }

  /** The zones the caller's slots are shown in besides their own. */
  @Transactional
  public List<ZoneId> zonesShown() {
    Mentors.Mentor me = requireMentor();
    List<ZoneId> zones = new ArrayList<>();
    if (me.national()) {
      mentors.zonesServed(me.username()).stream().map(RegionTimeZone::zone).forEach(zones::add);
    }
    if (!zones.contains(tenantZone())) {
      zones.add(0, tenantZone());
    }
    return zones;
  }

  /** A mentor's free slots starting in {@code [from, to)}. */
  @Transactional
  public List<Slot> freeSlots(String mentor, Instant from, Instant to) {
    Mentors.Mentor m =
        mentors.find(mentor).orElseThrow(() -> new NotFoundException("mentor", mentor));
    Availability a = repository.of(m.username(), m.national(), tenantZone());
    return FreeSlots.free(a.expand(from, to), booked(m, from, to));
  }

  List<Slot> booked(Mentors.Mentor m, Instant from, Instant to) {
    List<Slot> booked = new ArrayList<>(consultations.bookedHere(m.username(), from, to));
    if (m.national()) {
      booked.addAll(consultations.bookedNationally(m.username(), from, to));
    }
    return booked;
  }

  Availability of(Mentors.Mentor m) {
    return repository.of(m.username(), m.national(), tenantZone());
  }

  private Mentors.Mentor requireMentor() {
    return mentors
        .find(access.me())
        .orElseThrow(() -> new AccessDeniedException("availability.notMentor"));
  }

  static ZoneId tenantZone() {
    return TenantContext.current().map(t -> t.timeZone().zone()).orElse(RegionTimeZone.WIB.zone());
  }
}
