package id.klik.consultation.infrastructure;

import id.klik.consultation.domain.ActionItem;
import id.klik.consultation.domain.Consultation;
import id.klik.consultation.domain.ConsultationStatus;
import id.klik.consultation.domain.Slot;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Consultations of the current tenant, their action items, and the platform's bookings of national
 * mentors. Callers hold the transaction.
 */
@ApplicationScoped
public class ConsultationRepository {

  @PersistenceContext(unitName = "klik")
  EntityManager em;

  public Optional<Consultation> find(UUID id) {
    return Optional.ofNullable(em.find(Consultation.class, id));
  }

  /** Reads the consultation again from the database (after taking the mentor's lock). */
  public Consultation refresh(Consultation c) {
    em.refresh(c);
    return c;
  }

  public void store(Consultation c) {
    em.persist(c);
  }

  public void flush() {
    em.flush();
  }

  public List<Consultation> all() {
    return em.createQuery(
            "select c from Consultation c order by c.createdAt desc, c.id", Consultation.class)
        .getResultList();
  }

  public List<Consultation> ofTeams(Collection<UUID> teams) {
    if (teams.isEmpty()) {
      return List.of();
    }
    return em.createQuery(
            "select c from Consultation c where c.teamId in :t order by c.createdAt desc, c.id",
            Consultation.class)
        .setParameter("t", teams)
        .getResultList();
  }

  public List<Consultation> ofMentor(String username) {
    return em.createQuery(
            "select c from Consultation c where c.mentorUsername = :m"
                + " order by c.createdAt desc, c.id",
            Consultation.class)
        .setParameter("m", username)
        .getResultList();
  }

  /** Confirmed consultations starting in {@code [from, to)}, by start. */
  public List<Consultation> confirmedBetween(Instant from, Instant to) {
    return em.createQuery(
            "select c from Consultation c where c.status = :s and c.startsAt >= :f"
                + " and c.startsAt < :t order by c.startsAt",
            Consultation.class)
        .setParameter("s", ConsultationStatus.CONFIRMED)
        .setParameter("f", from.atOffset(ZoneOffset.UTC))
        .setParameter("t", to.atOffset(ZoneOffset.UTC))
        .getResultList();
  }

  /**
   * Confirmed consultations starting in {@code [from, to)} that this mentor takes or one of these
   * teams asked for, by start: a person's calendar, read without the rest of the tenant's.
   */
  public List<Consultation> confirmedBetweenFor(
      String mentor, Collection<UUID> teams, Instant from, Instant to) {
    String ofTeams = teams.isEmpty() ? "" : " or c.teamId in :teams";
    var query =
        em.createQuery(
                "select c from Consultation c where c.status = :s and c.startsAt >= :f"
                    + " and c.startsAt < :t and (c.mentorUsername = :m"
                    + ofTeams
                    + ") order by c.startsAt",
                Consultation.class)
            .setParameter("s", ConsultationStatus.CONFIRMED)
            .setParameter("f", from.atOffset(ZoneOffset.UTC))
            .setParameter("t", to.atOffset(ZoneOffset.UTC))
            .setParameter("m", mentor);
    if (!teams.isEmpty()) {
      query.setParameter("teams", teams);
    }
    return query.getResultList();
  }

  /**
   * Serializes confirmations of one mentor (or one clinic consultation) across every tenant of the
   * database until this transaction ends: the second of two concurrent confirmations waits here,
   * then sees the first's booking.
   */
  public void lock(String key) {
    em.createNativeQuery("select count(*) from (select pg_advisory_xact_lock(hashtext(?))) l")
        .setParameter(1, "consultation:" + key)
        .getSingleResult();
  }

  /**
   * The mentor's confirmed slots in this tenant that end after {@code from} and start before {@code
   * to}.
   */
  public List<Slot> bookedHere(String mentor, Instant from, Instant to) {
    List<Slot> out = new ArrayList<>();
    for (Consultation c :
        em.createQuery(
                "select c from Consultation c where c.mentorUsername = :m and c.status = :s"
                    + " and c.endsAt > :f and c.startsAt < :t",
                Consultation.class)
            .setParameter("m", mentor)
            .setParameter("s", ConsultationStatus.CONFIRMED)
            .setParameter("f", from.atOffset(ZoneOffset.UTC))
            .setParameter("t", to.atOffset(ZoneOffset.UTC))
            .getResultList()) {
      c.slot().ifPresent(out::add);
    }
    return out;
  }

  /** A national mentor's confirmed slots in every tenant. */
  public List<Slot> bookedNationally(String mentor, Instant from, Instant to) {
    List<Slot> out = new ArrayList<>();
    for (Object row :
        em.createNativeQuery(
                "select starts_at, ends_at from platform.national_mentor_booking"
                    + " where username = ? and ends_at > ? and starts_at < ?")
            .setParameter(1, mentor)
            .setParameter(2, Timestamp.from(from))
            .setParameter(3, Timestamp.from(to))
            .getResultList()) {
      Object[] r = (Object[]) row;
      out.add(new Slot(instant(r[0]), instant(r[1])));
    }
    return out;
  }

  public void bookNationally(String mentor, Slot slot, String tenant, UUID consultation) {
    em.createNativeQuery(
            "insert into platform.national_mentor_booking"
                + " (username, starts_at, ends_at, tenant_slug, consultation_id)"
                + " values (?, ?, ?, ?, ?)")
        .setParameter(1, mentor)
        .setParameter(2, Timestamp.from(slot.start()))
        .setParameter(3, Timestamp.from(slot.end()))
        .setParameter(4, tenant)
        .setParameter(5, consultation)
        .executeUpdate();
  }

  public void releaseNationally(UUID consultation) {
    em.createNativeQuery("delete from platform.national_mentor_booking where consultation_id = ?")
        .setParameter(1, consultation)
        .executeUpdate();
  }

  public List<ActionItem> actionItems(UUID consultation) {
    return em.createQuery(
            "select a from ActionItem a where a.consultationId = :c order by a.position",
            ActionItem.class)
        .setParameter("c", consultation)
        .getResultList();
  }

  public List<ActionItem> actionItemsOf(Collection<UUID> consultations) {
    if (consultations.isEmpty()) {
      return List.of();
    }
    return em.createQuery(
            "select a from ActionItem a where a.consultationId in :c order by a.position",
            ActionItem.class)
        .setParameter("c", consultations)
        .getResultList();
  }

  public void replaceActionItems(UUID consultation, List<ActionItem> items) {
    em.createQuery("delete from ActionItem a where a.consultationId = :c")
        .setParameter("c", consultation)
        .executeUpdate();
    items.forEach(em::persist);
    em.flush();
  }

  private static Instant instant(Object o) {
    if (o instanceof Timestamp t) {
      return t.toInstant();
    }
    if (o instanceof OffsetDateTime odt) {
      return odt.toInstant();
    }
    if (o instanceof Instant i) {
      return i;
    }
    throw new IllegalStateException("not a timestamp: " + o);
  }
}
