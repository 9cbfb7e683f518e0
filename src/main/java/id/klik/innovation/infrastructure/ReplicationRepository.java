package id.klik.innovation.infrastructure;

import id.klik.innovation.domain.replication.Replication;
import id.klik.innovation.domain.replication.ReplicationState;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Replication links ({@code platform.replication}): they span tenants, so every query names the
 * tenant it asks for. Callers hold the transaction.
 */
@ApplicationScoped
public class ReplicationRepository {

  @PersistenceContext(unitName = "klik")
  EntityManager em;

  /** A link, locked for a change: two answers at once are taken one after the other. */
  public Optional<Replication> lock(UUID id) {
    return Optional.ofNullable(em.find(Replication.class, id, LockModeType.PESSIMISTIC_WRITE));
  }

  public Optional<Replication> find(UUID id) {
    return Optional.ofNullable(em.find(Replication.class, id));
  }

  /** The links this tenant's innovation is on, on either side, newest first. */
  public List<Replication> ofInnovation(String tenant, UUID innovationId) {
    return em.createQuery(
            "select r from Replication r where (r.originTenant = :t and r.originInnovation = :i)"
                + " or (r.replicaTenant = :t and r.replicaInnovation = :i)"
                + " order by r.requestedAt desc",
            Replication.class)
        .setParameter("t", tenant)
        .setParameter("i", innovationId)
        .getResultList();
  }

  /** Requests waiting for this tenant's answer (it is the origin), oldest first. */
  public List<Replication> awaitingAnswer(String tenant) {
    return em.createQuery(
            "select r from Replication r where r.originTenant = :t and r.state = :s"
                + " order by r.requestedAt",
            Replication.class)
        .setParameter("t", tenant)
        .setParameter("s", ReplicationState.REQUESTED)
        .getResultList();
  }

  /** The open link (requested or confirmed) between two innovations, if any. */
  public Optional<Replication> open(
      String originTenant, UUID originInnovation, String replicaTenant, UUID replicaInnovation) {
    return em.createQuery(
            "select r from Replication r where r.originTenant = :ot and r.originInnovation = :oi"
                + " and r.replicaTenant = :rt and r.replicaInnovation = :ri"
                + " and r.state in :open",
            Replication.class)
        .setParameter("ot", originTenant)
        .setParameter("oi", originInnovation)
        .setParameter("rt", replicaTenant)
        .setParameter("ri", replicaInnovation)
        .setParameter("open", List.of(ReplicationState.REQUESTED, ReplicationState.CONFIRMED))
        .getResultStream()
        .findFirst();
  }

  /** Distinct regions with a confirmed link replicating this tenant's innovation. */
  public long regionsReplicating(String tenant, UUID innovationId) {
    return em.createQuery(
            "select count(distinct r.replicaTenant) from Replication r"
                + " where r.originTenant = :t and r.originInnovation = :i and r.state = :s",
            Long.class)
        .setParameter("t", tenant)
        .setParameter("i", innovationId)
        .setParameter("s", ReplicationState.CONFIRMED)
        .getSingleResult();
  }

  public void store(Replication replication) {
    em.persist(replication);
  }

  public void flush() {
    em.flush();
  }
}
