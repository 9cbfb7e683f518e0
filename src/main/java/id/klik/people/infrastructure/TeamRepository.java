package id.klik.people.infrastructure;

import id.klik.people.domain.Team;
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
 * Teams of the current tenant (the transaction's search path picks the schema). Callers hold the
 * transaction.
 */
@ApplicationScoped
public class TeamRepository {

  @PersistenceContext(unitName = "klik")
  EntityManager em;

  /**
   * Search criteria; null fields do not filter.
   *
   * @param memberId only the teams this membership is in
   */
  public record Filter(String text, UUID workUnitId, UUID memberId) {}

  public Optional<Team> find(UUID id) {
    return Optional.ofNullable(em.find(Team.class, id));
  }

  /** The team of this work unit with this name, compared without case. */
  public Optional<Team> findByName(UUID workUnitId, String name) {
    return em.createQuery(
            "select t from Team t where t.workUnitId = :unit and lower(t.name) = :name", Team.class)
        .setParameter("unit", workUnitId)
        .setParameter("name", name.trim().toLowerCase(Locale.ROOT))
        .getResultStream()
        .findFirst();
  }

  /** Teams of any work unit with this name, compared without case. */
  public List<Team> named(String name) {
    return em.createQuery("select t from Team t where lower(t.name) = :name", Team.class)
        .setParameter("name", name.trim().toLowerCase(Locale.ROOT))
        .getResultList();
  }

  /** The teams this membership is in. */
  public List<Team> ofMember(UUID membershipId) {
    return em.createQuery(
            "select t from Team t where :m member of t.memberIds order by t.name", Team.class)
        .setParameter("m", membershipId)
        .getResultList();
  }

  public List<Team> all() {
    return em.createQuery("select t from Team t order by t.name", Team.class).getResultList();
  }

  public Page<Team> search(Filter filter, int page, int size) {
    String where = where(filter);
    TypedQuery<Team> items =
        em.createQuery("select t from Team t" + where + " order by t.name, t.id", Team.class);
    TypedQuery<Long> total = em.createQuery("select count(t) from Team t" + where, Long.class);
    bind(items, filter);
    bind(total, filter);
    List<Team> rows =
        items.setFirstResult(Page.firstRow(page, size)).setMaxResults(size).getResultList();
    return new Page<>(rows, page, size, total.getSingleResult());
  }

  public void store(Team team) {
    em.persist(team);
  }

  public void flush() {
    em.flush();
  }

  private static String where(Filter f) {
    StringBuilder sb = new StringBuilder(" where 1 = 1");
    if (f.text() != null && !f.text().isBlank()) {
      sb.append(" and lower(t.name) like :text");
    }
    if (f.workUnitId() != null) {
      sb.append(" and t.workUnitId = :unit");
    }
    if (f.memberId() != null) {
      sb.append(" and :member member of t.memberIds");
    }
    return sb.toString();
  }

  private static void bind(TypedQuery<?> q, Filter f) {
    if (f.text() != null && !f.text().isBlank()) {
      q.setParameter("text", "%" + f.text().trim().toLowerCase(Locale.ROOT) + "%");
    }
    if (f.workUnitId() != null) {
      q.setParameter("unit", f.workUnitId());
    }
    if (f.memberId() != null) {
      q.setParameter("member", f.memberId());
    }
  }
}
