package id.klik.review.infrastructure;

import id.klik.review.domain.Review;
import id.klik.review.domain.ReviewStage;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Reviews of the current tenant. Callers hold the transaction. */
@ApplicationScoped
public class ReviewRepository {

  @PersistenceContext(unitName = "klik")
  EntityManager em;

  public Optional<Review> find(UUID id) {
    return Optional.ofNullable(em.find(Review.class, id));
  }

  public void store(Review r) {
    em.persist(r);
  }

  /** The reviewer's sheets, newest assignment first. */
  public List<Review> ofReviewer(String username) {
    return em.createQuery(
            "select r from Review r where r.reviewer = :u order by r.assignedAt desc, r.id",
            Review.class)
        .setParameter("u", username)
        .getResultList();
  }

  /** A competition's sheets at one stage. */
  public List<Review> ofCompetition(UUID competitionId, ReviewStage stage) {
    return em.createQuery(
            "select r from Review r where r.competitionId = :c and r.stage = :s"
                + " order by r.assignedAt, r.id",
            Review.class)
        .setParameter("c", competitionId)
        .setParameter("s", stage.name())
        .getResultList();
  }

  /** The sheets of a proposal outside any competition. */
  public List<Review> ofProposal(UUID proposalId) {
    return em.createQuery(
            "select r from Review r where r.proposalId = :p order by r.assignedAt, r.id",
            Review.class)
        .setParameter("p", proposalId)
        .getResultList();
  }

  /** Whether this reviewer has a sheet for the proposal that counts (not excluded). */
  public boolean assigned(String username, UUID proposalId) {
    return em.createQuery(
                "select count(r) from Review r where r.reviewer = :u and r.proposalId = :p"
                    + " and r.status <> 'EXCLUDED'",
                Long.class)
            .setParameter("u", username)
            .setParameter("p", proposalId)
            .getSingleResult()
        > 0;
  }

  /** Whether one of this reviewer's counting sheets of the proposal is blind. */
  public boolean blind(String username, UUID proposalId) {
    return em.createQuery(
                "select count(r) from Review r where r.reviewer = :u and r.proposalId = :p"
                    + " and r.status <> 'EXCLUDED' and r.blind = true",
                Long.class)
            .setParameter("u", username)
            .setParameter("p", proposalId)
            .getSingleResult()
        > 0;
  }

  public Optional<Review> existing(
      UUID proposalId, UUID competitionId, ReviewStage stage, String username) {
    var query =
        em.createQuery(
                "select r from Review r where r.proposalId = :p and r.stage = :s"
                    + " and r.reviewer = :u and "
                    + (competitionId == null ? "r.competitionId is null" : "r.competitionId = :c"),
                Review.class)
            .setParameter("p", proposalId)
            .setParameter("s", stage.name())
            .setParameter("u", username);
    if (competitionId != null) {
      query.setParameter("c", competitionId);
    }
    return query.getResultStream().findFirst();
  }

  public void flush() {
    em.flush();
  }
}
