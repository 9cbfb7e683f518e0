package id.klik.consultation.application;

import id.klik.calendar.application.Ics;
import id.klik.consultation.domain.ActionItem;
import id.klik.consultation.domain.Availability;
import id.klik.consultation.domain.Consultation;
import id.klik.consultation.domain.ConsultationStatus;
import id.klik.consultation.domain.FreeSlots;
import id.klik.consultation.domain.Slot;
import id.klik.consultation.infrastructure.ConsultationRepository;
import id.klik.innovation.application.InnovationAccess;
import id.klik.innovation.application.InnovationRef;
import id.klik.people.application.TeamDirectory;
import id.klik.people.application.TeamView;
import id.klik.shared.audit.AuditTrail;
import id.klik.shared.domain.AccessDeniedException;
import id.klik.shared.domain.ConflictException;
import id.klik.shared.domain.FieldProblem;
import id.klik.shared.domain.NotFoundException;
import id.klik.shared.domain.ValidationException;
import id.klik.tenancy.application.TenantContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * A team's consultations: asking, confirming one slot, moving, cancelling, and what came of it.
 *
 * <p>Two confirmations of one mentor's slot at once (in one consultation or two, in one tenant or,
 * for a national mentor, two) must not both win. Each confirmation first takes a transaction lock
 * on the mentor (a PostgreSQL advisory lock, database-wide, so across tenant schemas), reads the
 * consultation and the mentor's bookings again, and only then books: the second waits for the
 * first's commit and finds the slot taken (409). A unique index on the confirmed (mentor, start) in
 * the tenant and on (username, start) in the platform's bookings stays as the backstop; a commit
 * that breaks it answers 409 as well.
 */
@ApplicationScoped
public class ConsultationService {

  static final String ENTITY = "consultation";
  static final int MAX_PREFERRED = 5;

  @Inject ConsultationRepository repository;
  @Inject ConsultationAccess access;
  @Inject Mentors mentors;
  @Inject AvailabilityService availability;
  @Inject TeamDirectory teams;
  @Inject InnovationAccess innovations;
  @Inject ConsultationMails mails;
  @Inject AuditTrail audit;
  @Inject ConsultationCalendar calendar;
  @Inject Ics ics;

  @Transactional
  public List<ConsultationView> list() {
    List<Consultation> all = repository.all();
    return views(all.stream().filter(access::mayRead).toList());
  }

  /** A consultation on the page, with what the caller may do with it. */
  public record Listed(ConsultationView view, boolean mayDecide, boolean mayCancel) {}

  @Transactional
  public List<Listed> listed() {
    List<Consultation> mine = repository.all().stream().filter(access::mayRead).toList();
    List<ConsultationView> views = views(mine);
    List<Listed> out = new ArrayList<>();
    for (int i = 0; i < mine.size(); i++) {
      out.add(
          new Listed(views.get(i), access.mayDecide(mine.get(i)), access.mayCancel(mine.get(i))));
    }
    return out;
  }

  /** The teams the caller may ask for: the clinic every team, a member their own. */
  @Transactional
  public List<TeamDirectory.TeamRef> requestableTeams() {
    if (access.clinic()) {
      return teams.all();
    }
    return teams.teamsOf(access.me()).stream()
        .map(t -> new TeamDirectory.TeamRef(t.id(), t.name()))
        .toList();
  }

  /** The consultations of one team (the mentoring log's), if the caller may see them. */
  @Transactional
  public List<Consultation> ofTeam(UUID team) {
    return repository.ofTeams(List.of(team)).stream().filter(access::mayRead).toList();
  }

  @Transactional
  public ConsultationView get(UUID id) {
    return view(readable(id));
  }

  /** The consultation's event as an iCalendar file; 404 until it has a slot. */
  @Transactional
  public byte[] ics(UUID id) {
    Consultation c = readable(id);
    if (c.slot().isEmpty()) {
      throw new NotFoundException(ENTITY, id);
    }
    return ics.publish(List.of(calendar.event(c)), TenantContext.require().timeZone().zone());
  }

  @Transactional
  public ConsultationView request(ConsultationInput input) {
    if (input == null) {
      throw ValidationException.of("body", "error.bodyRequired");
    }
    List<FieldProblem> problems = new ArrayList<>();
    Optional<TeamView> team = teams.find(input.teamId());
    if (team.isEmpty()) {
      problems.add(FieldProblem.of("teamId", "consultation.team.unknown", input.teamId()));
    } else if (!access.mayRequestFor(team.get().id())) {
      throw new AccessDeniedException("consultation.notInTeam");
    }
    if (input.topic() == null || input.topic().isBlank()) {
      problems.add(FieldProblem.of("topic", "consultation.topic.required"));
    } else if (input.topic().strip().length() > 300) {
      problems.add(FieldProblem.of("topic", "consultation.topic.tooLong", 300));
    }
    int minutes = input.minutes() == null ? 60 : input.minutes();
    if (minutes < Availability.MIN_MINUTES || minutes > Availability.MAX_MINUTES) {
      problems.add(
          FieldProblem.of(
              "minutes",
              "availability.minutes",
              Availability.MIN_MINUTES,
              Availability.MAX_MINUTES));
    }
    Mentors.Mentor mentor = null;
    String mentorName = input.mentor() == null ? "" : input.mentor().trim();
    if (!mentorName.isEmpty()) {
      mentor = mentors.find(mentorName).orElse(null);
      if (mentor == null) {
        problems.add(FieldProblem.of("mentor", "consultation.mentor.unknown", mentorName));
      } else if (team.isPresent() && !mentor.serves(team.get().id())) {
        problems.add(FieldProblem.of("mentor", "consultation.mentor.notForTeam", mentor.name()));
      }
    }
    if (input.innovationId() != null) {
      InnovationRef ref = innovations.readable(input.innovationId());
      if (team.isPresent() && ref.teamId() != null && !ref.teamId().equals(team.get().id())) {
        problems.add(FieldProblem.of("innovationId", "consultation.innovation.otherTeam"));
      }
    }
    List<Instant> preferred = new ArrayList<>();
    List<String> raw = input.preferred() == null ? List.of() : input.preferred();
    if (raw.isEmpty() || raw.size() > MAX_PREFERRED) {
      problems.add(FieldProblem.of("preferred", "consultation.preferred.count", MAX_PREFERRED));
    }
    Instant now = Instant.now();
    for (int i = 0; i < raw.size(); i++) {
      Optional<Instant> at = parse(raw.get(i));
      if (at.isEmpty()) {
        problems.add(
            FieldProblem.of("preferred[" + i + "]", "consultation.slot.invalid", raw.get(i)));
      } else if (at.get().isBefore(now)) {
        problems.add(FieldProblem.of("preferred[" + i + "]", "consultation.slot.past", raw.get(i)));
      } else if (!preferred.contains(at.get())) {
        preferred.add(at.get());
      }
    }
    if (!problems.isEmpty()) {
      throw new ValidationException(problems);
    }
    Consultation c =
        new Consultation(
            team.get().id(),
            input.innovationId(),
            input.topic(),
            mentor == null ? null : mentor.username(),
            mentor != null && mentor.national(),
            preferred,
            minutes,
            access.me());
    repository.store(c);
    repository.flush();
    audit.record("CONSULTATION_REQUESTED", ENTITY, c.id(), describe(c));
    mails.send(ConsultationMails.REQUESTED, c, team.get(), mentor);
    return view(c);
  }

  /** Confirms one slot; see the class comment for two confirmations at once. */
  @Transactional
  public ConsultationView confirm(UUID id, String slotText) {
    Consultation c = decidable(id);
    lockAndReread(c);
    if (c.status() != ConsultationStatus.REQUESTED) {
      throw new ConflictException(
          c.status() == ConsultationStatus.CONFIRMED
              ? "consultation.alreadyConfirmed"
              : "consultation.cancelled");
    }
    Mentors.Mentor mentor = mentorOf(c);
    Slot slot = chosenSlot(c, mentor, slotText);
    requireFree(c, mentor, slot);
    c.confirm(slot, access.me());
    book(c, mentor, slot);
    audit.record("CONSULTATION_CONFIRMED", ENTITY, c.id(), describe(c));
    mails.send(ConsultationMails.CONFIRMED, c, team(c), mentor);
    return view(c);
  }

  @Transactional
  public ConsultationView move(UUID id, String slotText) {
    Consultation c = decidable(id);
    lockAndReread(c);
    if (c.status() != ConsultationStatus.CONFIRMED) {
      throw new ConflictException("consultation.notConfirmed", c.status().name());
    }
    Mentors.Mentor mentor = mentorOf(c);
    Slot slot = chosenSlot(c, mentor, slotText);
    if (c.mentorNational()) {
      repository.releaseNationally(c.id());
    }
    Slot old = c.slot().orElseThrow();
    List<Slot> others = new ArrayList<>(bookedAround(c, mentor, slot));
    others.remove(old);
    FreeSlots.conflict(slot, others)
        .ifPresent(
            s -> {
              throw new ConflictException("consultation.slot.taken", s.start().toString());
            });
    c.move(slot, access.me());
    book(c, mentor, slot);
    audit.record("CONSULTATION_MOVED", ENTITY, c.id(), describe(c));
    mails.send(ConsultationMails.MOVED, c, team(c), mentor);
    return view(c);
  }

  @Transactional
  public ConsultationView cancel(UUID id) {
    Consultation c = readable(id);
    if (!access.mayCancel(c)) {
      throw new AccessDeniedException("error.forbidden");
    }
    lockAndReread(c);
    c.cancel(access.me());
    if (c.mentorNational()) {
      repository.releaseNationally(c.id());
    }
    repository.flush();
    audit.record("CONSULTATION_CANCELLED", ENTITY, c.id(), describe(c));
    mails.send(ConsultationMails.CANCELLED, c, team(c), mentorOf(c));
    return view(c);
  }

  @Transactional
  public ConsultationView writeNotes(UUID id, NotesInput input) {
    Consultation c = decidable(id);
    if (input == null) {
      throw ValidationException.of("body", "error.bodyRequired");
    }
    List<FieldProblem> problems = new ArrayList<>();
    List<NotesInput.Item> items = input.actionItems() == null ? List.of() : input.actionItems();
    List<ActionItem> rows = new ArrayList<>();
    for (int i = 0; i < items.size(); i++) {
      NotesInput.Item it = items.get(i);
      if (it == null || it.text() == null || it.text().isBlank()) {
        problems.add(FieldProblem.of("actionItems[" + i + "].text", "consultation.item.text"));
      } else if (it.owner() == null || it.owner().isBlank()) {
        problems.add(FieldProblem.of("actionItems[" + i + "].owner", "consultation.item.owner"));
      } else if (it.text().strip().length() > 500 || it.owner().strip().length() > 200) {
        problems.add(FieldProblem.of("actionItems[" + i + "]", "consultation.item.tooLong"));
      } else {
        rows.add(
            new ActionItem(
                c.id(), i, it.text(), it.owner(), it.due(), Boolean.TRUE.equals(it.done())));
      }
    }
    if (!problems.isEmpty()) {
      throw new ValidationException(problems);
    }
    c.writeNotes(input.notes(), input.followUp());
    repository.replaceActionItems(c.id(), rows);
    audit.record("CONSULTATION_NOTES", ENTITY, c.id(), "actionItems=" + rows.size());
    return view(c);
  }

  // --- helpers

  Consultation readable(UUID id) {
    Consultation c = repository.find(id).orElseThrow(() -> new NotFoundException(ENTITY, id));
    if (!access.mayRead(c)) {
      throw new NotFoundException(ENTITY, id);
    }
    return c;
  }

  private Consultation decidable(UUID id) {
    Consultation c = readable(id);
    if (!access.mayDecide(c)) {
      throw new AccessDeniedException("consultation.notDecider");
    }
    return c;
  }

  private void lockAndReread(Consultation c) {
    repository.lock(c.mentor().orElse("clinic:" + c.id()));
    repository.refresh(c);
  }

  private Mentors.Mentor mentorOf(Consultation c) {
    return c.mentor()
        .map(
            u ->
                mentors
                    .find(u)
                    .orElse(new Mentors.Mentor(u, u, null, c.mentorNational(), List.of())))
        .orElse(null);
  }

  /**
   * The slot: one the team preferred, or one the mentor offers; for a clinic consultation any
   * future start. Its length is the offered slot's, else the consultation's.
   */
  private Slot chosenSlot(Consultation c, Mentors.Mentor mentor, String text) {
    Instant start =
        parse(text)
            .orElseThrow(() -> ValidationException.of("slot", "consultation.slot.invalid", text));
    if (start.isBefore(Instant.now())) {
      throw ValidationException.of("slot", "consultation.slot.past", text);
    }
    if (mentor == null || c.preferred().contains(start)) {
      return Slot.of(start, c.minutes());
    }
    return availability
        .of(mentor)
        .offered(start)
        .orElseThrow(() -> ValidationException.of("slot", "consultation.slot.notOffered", text));
  }

  private List<Slot> bookedAround(Consultation c, Mentors.Mentor mentor, Slot slot) {
    if (mentor == null) {
      return List.of();
    }
    Instant from = slot.start().minusSeconds(86_400);
    Instant to = slot.end().plusSeconds(86_400);
    List<Slot> booked = new ArrayList<>(availability.booked(mentor, from, to));
    return booked;
  }

  private void requireFree(Consultation c, Mentors.Mentor mentor, Slot slot) {
    FreeSlots.conflict(slot, bookedAround(c, mentor, slot))
        .ifPresent(
            s -> {
              throw new ConflictException("consultation.slot.taken", s.start().toString());
            });
  }

  /** Writes the booking now, so a broken unique index answers 409 here and not at commit. */
  private void book(Consultation c, Mentors.Mentor mentor, Slot slot) {
    try {
      repository.flush();
      if (mentor != null && c.mentorNational()) {
        repository.bookNationally(mentor.username(), slot, TenantContext.require().slug(), c.id());
      }
    } catch (PersistenceException e) {
      if (uniqueViolation(e)) {
        throw new ConflictException("consultation.slot.taken", slot.start().toString());
      }
      throw e;
    }
  }

  static boolean uniqueViolation(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof SQLException sql && "23505".equals(sql.getSQLState())) {
        return true;
      }
    }
    return false;
  }

  static Optional<Instant> parse(String text) {
    if (text == null || text.isBlank()) {
      return Optional.empty();
    }
    String t = text.trim();
    try {
      return Optional.of(Instant.parse(t));
    } catch (DateTimeParseException notInstant) {
      try {
        return Optional.of(OffsetDateTime.parse(t).toInstant());
      } catch (DateTimeParseException notOffset) {
        return Optional.empty();
      }
    }
  }

  private TeamView team(Consultation c) {
    return teams.find(c.teamId()).orElseThrow();
  }

  ConsultationView view(Consultation c) {
    return views(List.of(c)).get(0);
  }

  List<ConsultationView> views(List<Consultation> list) {
    Map<UUID, String> teamNames = new HashMap<>();
    Map<String, String> mentorNames = new HashMap<>();
    mentors.all().forEach(m -> mentorNames.put(m.username(), m.name()));
    Map<UUID, List<ConsultationView.Item>> items = new HashMap<>();
    for (ActionItem a : repository.actionItemsOf(list.stream().map(Consultation::id).toList())) {
      items
          .computeIfAbsent(a.consultationId(), k -> new ArrayList<>())
          .add(new ConsultationView.Item(a.text(), a.owner(), a.due(), a.done()));
    }
    List<ConsultationView> out = new ArrayList<>();
    for (Consultation c : list) {
      String teamName =
          teamNames.computeIfAbsent(
              c.teamId(), t -> teams.find(t).map(TeamView::name).orElse(t.toString()));
      Optional<Slot> slot = c.slot();
      out.add(
          new ConsultationView(
              c.id(),
              c.teamId(),
              teamName,
              c.innovationId(),
              c.topic(),
              c.mentor().orElse(null),
              c.mentor().map(m -> mentorNames.getOrDefault(m, m)).orElse(null),
              c.mentorNational(),
              c.status().name(),
              c.preferred(),
              c.minutes(),
              slot.map(Slot::start).orElse(null),
              slot.map(Slot::end).orElse(null),
              c.sequence(),
              c.notes(),
              c.followUp(),
              items.getOrDefault(c.id(), List.of()),
              c.demo(),
              c.createdAt().toInstant()));
    }
    return out;
  }

  private static String describe(Consultation c) {
    return c.topic()
        + " team="
        + c.teamId()
        + " mentor="
        + c.mentor().orElse("clinic")
        + " status="
        + c.status()
        + c.slot().map(s -> " at " + s.start()).orElse("");
  }
}
