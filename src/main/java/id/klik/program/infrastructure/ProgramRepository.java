package id.klik.program.infrastructure;

import id.klik.program.domain.Attendance;
import id.klik.program.domain.Enrolment;
import id.klik.program.domain.Material;
import id.klik.program.domain.Program;
import id.klik.program.domain.ProgramSession;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The current tenant's programs and what belongs to them (the transaction's search path picks the
 * schema). Callers hold the transaction.
 */
@ApplicationScoped
public class ProgramRepository {

  @PersistenceContext(unitName = "klik")
  EntityManager em;

  public Optional<Program> find(UUID id) {
    return Optional.ofNullable(id == null ? null : em.find(Program.class, id));
  }

  public List<Program> all() {
    return em.createQuery("select p from Program p order by p.createdAt desc", Program.class)
        .getResultList();
  }

  public Optional<Program> findByTitle(String title) {
    return em.createQuery("select p from Program p where p.title = :t", Program.class)
        .setParameter("t", title)
        .getResultStream()
        .findFirst();
  }

  public List<ProgramSession> sessions(UUID programId) {
    return em.createQuery(
            "select s from ProgramSession s where s.programId = :p order by s.position",
            ProgramSession.class)
        .setParameter("p", programId)
        .getResultList();
  }

  public Optional<ProgramSession> session(UUID programId, UUID sessionId) {
    ProgramSession s = sessionId == null ? null : em.find(ProgramSession.class, sessionId);
    return Optional.ofNullable(s).filter(x -> x.programId().equals(programId));
  }

  /** Sessions (of any program) starting between the two instants, with their programs' ids. */
  public List<ProgramSession> sessionsBetween(OffsetDateTime from, OffsetDateTime to) {
    return em.createQuery(
            "select s from ProgramSession s where s.startsAt >= :from and s.startsAt < :to"
                + " order by s.startsAt",
            ProgramSession.class)
        .setParameter("from", from)
        .setParameter("to", to)
        .getResultList();
  }

  /** Sessions between the two instants of the programs these teams are enrolled in. */
  public List<ProgramSession> sessionsOfTeams(
      Collection<UUID> teamIds, OffsetDateTime from, OffsetDateTime to) {
    if (teamIds.isEmpty()) {
      return List.of();
    }
    return em.createQuery(
            "select s from ProgramSession s where s.startsAt >= :from and s.startsAt < :to"
                + " and s.programId in (select e.programId from Enrolment e"
                + " where e.teamId in :teams) order by s.startsAt",
            ProgramSession.class)
        .setParameter("from", from)
        .setParameter("to", to)
        .setParameter("teams", teamIds)
        .getResultList();
  }

  public List<Enrolment> enrolments(UUID programId) {
    return em.createQuery(
            "select e from Enrolment e where e.programId = :p order by e.enrolledAt",
            Enrolment.class)
        .setParameter("p", programId)
        .getResultList();
  }

  public Optional<Enrolment> enrolment(UUID programId, UUID teamId) {
    return em.createQuery(
            "select e from Enrolment e where e.programId = :p and e.teamId = :t", Enrolment.class)
        .setParameter("p", programId)
        .setParameter("t", teamId)
        .getResultStream()
        .findFirst();
  }

  public List<Attendance> attendance(Collection<UUID> sessionIds) {
    if (sessionIds.isEmpty()) {
      return List.of();
    }
    return em.createQuery("select a from Attendance a where a.sessionId in :s", Attendance.class)
        .setParameter("s", sessionIds)
        .getResultList();
  }

  public Optional<Attendance> attendance(UUID sessionId, UUID membershipId) {
    return em.createQuery(
            "select a from Attendance a where a.sessionId = :s and a.membershipId = :m",
            Attendance.class)
        .setParameter("s", sessionId)
        .setParameter("m", membershipId)
        .getResultStream()
        .findFirst();
  }

  public List<Material> materials(UUID programId) {
    return em.createQuery(
            "select m from Material m where m.programId = :p order by m.uploadedAt", Material.class)
        .setParameter("p", programId)
        .getResultList();
  }

  public Optional<Material> material(UUID programId, UUID materialId) {
    Material m = materialId == null ? null : em.find(Material.class, materialId);
    return Optional.ofNullable(m).filter(x -> x.programId().equals(programId));
  }

  public void store(Object entity) {
    em.persist(entity);
  }

  public void flush() {
    em.flush();
  }
}
