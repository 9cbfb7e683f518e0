package id.klik.innovation.infrastructure;

import id.klik.innovation.domain.replication.SharedInnovation;
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
 * The directory of shared innovations ({@code platform.shared_innovation}), across tenants. Callers
 * hold the transaction.
 */
@ApplicationScoped
public class SharedDirectoryRepository {

  @PersistenceContext(unitName = "klik")
  EntityManager em;

  /** Search criteria; null fields do not filter. {@code otherThan} leaves one tenant out. */
  public record Filter(String otherThan, String text, String affair) {}

  public Optional<SharedInnovation> find(String tenant, UUID innovationId) {
    return Optional.ofNullable(
        em.find(SharedInnovation.class, new SharedInnovation.Key(tenant, innovationId)));
  }

  public void store(SharedInnovation entry) {
    if (!em.contains(entry)) {
      em.persist(entry);
    }
  }

  public void remove(SharedInnovation entry) {
    em.remove(entry);
  }

  public Page<SharedInnovation> search(Filter filter, int page, int size) {
    String where = where(filter);
    TypedQuery<SharedInnovation> items =
        em.createQuery(
            "select s from SharedInnovation s"
                + where
                + " order by s.name, s.region, s.innovationId",
            SharedInnovation.class);
    TypedQuery<Long> total =
        em.createQuery("select count(s) from SharedInnovation s" + where, Long.class);
    bind(items, filter);
    bind(total, filter);
    List<SharedInnovation> rows =
        items.setFirstResult(Page.firstRow(page, size)).setMaxResults(size).getResultList();
    return new Page<>(rows, page, size, total.getSingleResult());
  }

  /** The primary affairs the directory holds (for its filter), other tenants' only. */
  public List<String> affairs(String otherThan) {
    return em.createQuery(
            "select distinct s.primaryAffair from SharedInnovation s"
                + " where s.tenant <> :t and s.primaryAffair is not null order by s.primaryAffair",
            String.class)
        .setParameter("t", otherThan)
        .getResultList();
  }

  private static String where(Filter f) {
    StringBuilder sb = new StringBuilder(" where 1 = 1");
    if (f.otherThan() != null) {
      sb.append(" and s.tenant <> :other");
    }
    if (f.text() != null && !f.text().isBlank()) {
      sb.append(" and lower(s.name) like :text escape '!'");
    }
    if (f.affair() != null && !f.affair().isBlank()) {
      sb.append(" and s.primaryAffair = :affair");
    }
    return sb.toString();
  }

  private static void bind(TypedQuery<?> q, Filter f) {
    if (f.otherThan() != null) {
      q.setParameter("other", f.otherThan());
    }
    if (f.text() != null && !f.text().isBlank()) {
      q.setParameter("text", "%" + literal(f.text().trim().toLowerCase(Locale.ROOT)) + "%");
    }
    if (f.affair() != null && !f.affair().isBlank()) {
      q.setParameter("affair", f.affair().trim());
    }
  }

  /**
   * The text as a LIKE pattern that matches it literally: {@code %}, {@code _} and {@code !}
   * escaped.
   */
  static String literal(String text) {
    return text.replace("!", "!!").replace("%", "!%").replace("_", "!_");
  }
}
