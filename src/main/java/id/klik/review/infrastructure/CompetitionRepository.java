package id.klik.review.infrastructure;

import id.klik.review.domain.Competition;
import id.klik.review.domain.Registration;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/** Competitions and their registrations in the current tenant. Callers hold the transaction. */
@ApplicationScoped
public class CompetitionRepository {

  @PersistenceContext(unitName = "klik")
  EntityManager em;

  public Optional<Competition> find(UUID id) {
    return Optional.ofNullable(em.find(Competition.class, id));
  }

  /** The competition, locked for the rest of the transaction (one step at a time). */
  public Optional<Competition> lock(UUID id) {
    return Optional.ofNullable(em.find(Competition.class, id, LockModeType.PESSIMISTIC_WRITE));
  }

  public Optional<Competition> findByName(String name) {
    return em.createQuery("select c from Competition c where lower(c.name) = :n", Competition.class)
        .setParameter("n", name.strip().toLowerCase(Locale.ROOT))
        .getResultStream()
        .findFirst();
  }

  /** Newest first. */
  public List<Competition> all() {
    return em.createQuery(
            "select c from Competition c order by c.opens desc, c.name", Competition.class)
        .getResultList();
  }

  public void store(Competition c) {
    em.persist(c);
  }

  public void store(Registration r) {
    em.persist(r);
  }

  public Optional<Registration> registration(UUID id) {
    return Optional.ofNullable(em.find(Registration.class, id));
  }

  public Optional<Registration> registration(UUID competitionId, UUID proposalId) {
    return em.createQuery(
            "select r from Registration r where r.competitionId = :c and r.proposalId = :p",
            Registration.class)
        .setParameter("c", competitionId)
        .setParameter("p", proposalId)
        .getResultStream()
        .findFirst();
  }

  /** In the order they came in. */
  public List<Registration> registrations(UUID competitionId) {
    return em.createQuery(
            "select r from Registration r where r.competitionId = :c"
                + " order by r.registeredAt, r.id",
            Registration.class)
        .setParameter("c", competitionId)
        .getResultList();
  }

  public void flush() {
    em.flush();
  }
}
