package id.klik.innovation.infrastructure;

import id.klik.innovation.domain.HistoryEntry;
import id.klik.innovation.domain.Innovation;
import id.klik.shared.domain.Page;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/**
 * Innovations of the current tenant (the transaction's search path picks the schema) and their
 * history. Callers hold the transaction.
 */
@ApplicationScoped
public class InnovationRepository {

  @PersistenceContext(unitName = "klik")
  EntityManager em;

  public Optional<Innovation> find(UUID id) {
    return Optional.ofNullable(em.find(Innovation.class, id));
  }

  /** The innovation of this work unit with this name, compared without case. */
  public Optional<Innovation> findByName(UUID workUnitId, String name) {
    return em.createQuery(
            "select i from Innovation i where i.workUnitId = :unit and lower(i.name) = :name",
            Innovation.class)
        .setParameter("unit", workUnitId)
        .setParameter("name", name.trim().toLowerCase(Locale.ROOT))
        .getResultStream()
        .findFirst();
  }

  /** The most recently changed first. */
  public Page<Innovation> recent(int page, int size) {
    List<Innovation> items =
        em.createQuery(
                "select i from Innovation i order by i.updatedAt desc, i.id", Innovation.class)
            .setFirstResult(Page.firstRow(page, size))
            .setMaxResults(size)
            .getResultList();
    long total = em.createQuery("select count(i) from Innovation i", Long.class).getSingleResult();
    return new Page<>(items, page, size, total);
  }

  public List<HistoryEntry> history(UUID innovationId) {
    return em.createQuery(
            "select h from HistoryEntry h where h.innovationId = :id order by h.changedAt, h.field",
            HistoryEntry.class)
        .setParameter("id", innovationId)
        .getResultList();
  }

  public void store(Innovation innovation) {
    em.persist(innovation);
  }

  public void store(HistoryEntry entry) {
    em.persist(entry);
  }

  public void flush() {
    em.flush();
  }
}
