package id.klik.people.infrastructure;

import id.klik.people.domain.NationalMentor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

/** The platform's national mentors ({@code platform.national_mentor}). Callers hold the tx. */
@ApplicationScoped
public class NationalMentorRepository {

  @PersistenceContext(unitName = "klik")
  EntityManager em;

  public Optional<NationalMentor> find(String username) {
    return Optional.ofNullable(em.find(NationalMentor.class, username));
  }

  public Optional<NationalMentor> findByEmail(String email) {
    return em.createQuery(
            "select m from NationalMentor m where lower(m.email) = lower(:e)", NationalMentor.class)
        .setParameter("e", email)
        .getResultStream()
        .findFirst();
  }

  /** Every national mentor, by name. */
  public List<NationalMentor> all() {
    return em.createQuery(
            "select m from NationalMentor m order by m.name, m.username", NationalMentor.class)
        .getResultList();
  }

  public void store(NationalMentor mentor) {
    em.persist(mentor);
    em.flush();
  }
}
