package id.klik.organization.infrastructure;

import id.klik.organization.domain.WorkUnit;
import id.klik.organization.domain.WorkUnitKind;
import id.klik.shared.domain.Page;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/**
 * Work units of the current tenant (the transaction's search path picks the schema). Callers hold
 * the transaction.
 */
@ApplicationScoped
public class WorkUnitRepository {

  @PersistenceContext(unitName = "klik")
  EntityManager em;

  /** Search criteria; null fields do not filter. */
  public record Filter(String text, WorkUnitKind kind, UUID parentId, Boolean active) {}

  public Optional<WorkUnit> find(UUID id) {
    return Optional.ofNullable(em.find(WorkUnit.class, id));
  }

  public Optional<WorkUnit> findByCode(String code) {
    return em.createQuery("select w from WorkUnit w where w.code = :code", WorkUnit.class)
        .setParameter("code", code)
        .getResultStream()
        .findFirst();
  }

  public List<WorkUnit> all() {
    return em.createQuery("select w from WorkUnit w order by w.name", WorkUnit.class)
        .getResultList();
  }

  public List<WorkUnit> children(UUID id) {
    return em.createQuery("select w from WorkUnit w where w.parentId = :id", WorkUnit.class)
        .setParameter("id", id)
        .getResultList();
  }

  /** Forces a version bump on the parent when its children change (optimistic locking). */
  public void lockAsParent(WorkUnit parent) {
    em.lock(parent, jakarta.persistence.LockModeType.OPTIMISTIC_FORCE_INCREMENT);
  }

  public long countChildren(UUID id, boolean activeOnly) {
    return em.createQuery(
            "select count(w) from WorkUnit w where w.parentId = :id"
                + (activeOnly ? " and w.active = true" : ""),
            Long.class)
        .setParameter("id", id)
        .getSingleResult();
  }

  public long count() {
    return em.createQuery("select count(w) from WorkUnit w", Long.class).getSingleResult();
  }

  public Page<WorkUnit> search(Filter filter, int page, int size) {
    String where = where(filter);
    TypedQuery<WorkUnit> items =
        em.createQuery(
            "select w from WorkUnit w" + where + " order by w.name, w.code", WorkUnit.class);
    TypedQuery<Long> total = em.createQuery("select count(w) from WorkUnit w" + where, Long.class);
    bind(items, filter);
    bind(total, filter);
    List<WorkUnit> rows =
        items.setFirstResult(Page.firstRow(page, size)).setMaxResults(size).getResultList();
    return new Page<>(rows, page, size, total.getSingleResult());
  }

  public void store(WorkUnit unit) {
    em.persist(unit);
  }

  public void flush() {
    em.flush();
  }

  private static String where(Filter f) {
    StringBuilder sb = new StringBuilder(" where 1 = 1");
    if (f.text() != null && !f.text().isBlank()) {
      sb.append(" and (lower(w.name) like :text or lower(w.code) like :text)");
    }
    if (f.kind() != null) {
      sb.append(" and w.kind = :kind");
    }
    if (f.parentId() != null) {
      sb.append(" and w.parentId = :parent");
    }
    if (f.active() != null) {
      sb.append(" and w.active = :active");
    }
    return sb.toString();
  }

  private static void bind(TypedQuery<?> q, Filter f) {
    if (f.text() != null && !f.text().isBlank()) {
      q.setParameter("text", "%" + f.text().trim().toLowerCase(Locale.ROOT) + "%");
    }
    if (f.kind() != null) {
      q.setParameter("kind", f.kind());
    }
    if (f.parentId() != null) {
      q.setParameter("parent", f.parentId());
    }
    if (f.active() != null) {
      q.setParameter("active", f.active());
    }
  }
}
