package id.klik.audit.infrastructure;

import id.klik.audit.domain.AuditQuery;
import id.klik.audit.domain.AuditRecord;
import id.klik.shared.domain.Page;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

/**
 * The current tenant's audit trail, newest first (the transaction's search path picks the schema).
 * Callers hold the transaction.
 */
@ApplicationScoped
public class AuditRecordRepository {

  @PersistenceContext(unitName = "klik")
  EntityManager em;

  public Page<AuditRecord> search(AuditQuery query, int page, int size) {
    String where = where(query, false);
    TypedQuery<AuditRecord> items =
        em.createQuery(
            "select a from AuditRecord a" + where + " order by a.at desc, a.id desc",
            AuditRecord.class);
    TypedQuery<Long> total =
        em.createQuery("select count(a) from AuditRecord a" + where, Long.class);
    bind(items, query);
    bind(total, query);
    List<AuditRecord> rows =
        items.setFirstResult(Page.firstRow(page, size)).setMaxResults(size).getResultList();
    return new Page<>(rows, page, size, total.getSingleResult());
  }

  /**
   * The next batch after {@code last} (or the first batch when null), newest first: walking by key
   * rather than by offset, lines written during an export neither repeat nor shift it.
   */
  public List<AuditRecord> batchAfter(AuditQuery query, AuditRecord last, int size) {
    TypedQuery<AuditRecord> q =
        em.createQuery(
            "select a from AuditRecord a"
                + where(query, last != null)
                + " order by a.at desc, a.id desc",
            AuditRecord.class);
    bind(q, query);
    if (last != null) {
      q.setParameter("lastAt", last.at());
      q.setParameter("lastId", last.id());
    }
    List<AuditRecord> rows = q.setMaxResults(size).getResultList();
    return rows;
  }

  /** Forgets the lines read so far, so a long export does not hold them all. */
  public void clear() {
    em.clear();
  }

  /** The kinds of object the trail names, for the filter. */
  public List<String> types() {
    return em.createQuery(
            "select distinct a.entity from AuditRecord a order by a.entity", String.class)
        .getResultList();
  }

  private static String where(AuditQuery q, boolean after) {
    StringBuilder sb = new StringBuilder(" where 1 = 1");
    if (q.actor() != null) {
      sb.append(" and lower(a.actor) = :actor");
    }
    if (q.type() != null) {
      sb.append(" and a.entity = :type");
    }
    if (q.from() != null) {
      sb.append(" and a.at >= :from");
    }
    if (q.until() != null) {
      sb.append(" and a.at < :until");
    }
    if (after) {
      sb.append(" and (a.at < :lastAt or (a.at = :lastAt and a.id < :lastId))");
    }
    return sb.toString();
  }

  private static void bind(TypedQuery<?> t, AuditQuery q) {
    if (q.actor() != null) {
      t.setParameter("actor", q.actor());
    }
    if (q.type() != null) {
      t.setParameter("type", q.type());
    }
    if (q.from() != null) {
      t.setParameter("from", OffsetDateTime.ofInstant(q.from(), ZoneOffset.UTC));
    }
    if (q.until() != null) {
      t.setParameter("until", OffsetDateTime.ofInstant(q.until(), ZoneOffset.UTC));
    }
  }
}
