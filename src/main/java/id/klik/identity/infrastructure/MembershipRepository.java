package id.klik.identity.infrastructure;

import id.klik.identity.domain.MemberStatus;
import id.klik.identity.domain.Membership;
import id.klik.identity.domain.TenantRole;
import id.klik.shared.domain.Page;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Memberships of the current tenant (the transaction's search path picks the schema). Callers hold
 * the transaction.
 */
@ApplicationScoped
public class MembershipRepository {

  @PersistenceContext(unitName = "klik")
  EntityManager em;

  /** Search criteria; null fields do not filter. */
  public record Filter(String text, MemberStatus status) {}

  public Optional<Membership> find(UUID id) {
    return Optional.ofNullable(em.find(Membership.class, id));
  }

  /** The membership linked to a Keycloak account, active or not. */
  public Optional<Membership> findByAccount(String keycloakUserId) {
    return em.createQuery("select m from Membership m where m.userId = :uid", Membership.class)
        .setParameter("uid", keycloakUserId)
        .getResultStream()
        .findFirst();
  }

  public Optional<Membership> findByUsername(String username) {
    return em.createQuery("select m from Membership m where m.username = :u", Membership.class)
        .setParameter("u", username)
        .getResultStream()
        .findFirst();
  }

  public Optional<Membership> findByEmail(String email) {
    return em.createQuery("select m from Membership m where lower(m.email) = :e", Membership.class)
        .setParameter("e", email.toLowerCase(Locale.ROOT))
        .getResultStream()
        .findFirst();
  }

  /** Every member address, lower case, whatever the membership's status. */
  public Set<String> allEmails() {
    return new HashSet<>(
        em.createQuery(
                "select lower(m.email) from Membership m where m.email is not null", String.class)
            .getResultList());
  }

  /**
   * The active clinic admins, locked until the transaction ends: two admins removing each other at
   * the same moment must not both succeed and leave the clinic without one.
   */
  public List<Membership> lockActiveAdmins() {
    return em.createQuery(
            "select m from Membership m where m.status = :s and m.roles like :r order by m.id",
            Membership.class)
        .setParameter("s", MemberStatus.ACTIVE.name())
        .setParameter("r", "%" + TenantRole.CLINIC_ADMIN.name() + "%")
        .setLockMode(LockModeType.PESSIMISTIC_WRITE)
        .getResultList();
  }

  public Page<Membership> search(Filter filter, int page, int size) {
    String where = where(filter);
    TypedQuery<Membership> items =
        em.createQuery(
            "select m from Membership m" + where + " order by m.displayName, m.email",
            Membership.class);
    TypedQuery<Long> total =
        em.createQuery("select count(m) from Membership m" + where, Long.class);
    bind(items, filter);
    bind(total, filter);
    List<Membership> rows =
        items.setFirstResult(Page.firstRow(page, size)).setMaxResults(size).getResultList();
    return new Page<>(rows, page, size, total.getSingleResult());
  }

  public void store(Membership membership) {
    em.persist(membership);
  }

  public void flush() {
    em.flush();
  }

  private static String where(Filter f) {
    StringBuilder sb = new StringBuilder(" where 1 = 1");
    if (f.text() != null && !f.text().isBlank()) {
      sb.append(
          " and (lower(m.displayName) like :text or lower(m.email) like :text"
              + " or lower(m.username) like :text)");
    }
    if (f.status() != null) {
      sb.append(" and m.status = :status");
    }
    return sb.toString();
  }

  private static void bind(TypedQuery<?> q, Filter f) {
    if (f.text() != null && !f.text().isBlank()) {
      q.setParameter("text", "%" + f.text().trim().toLowerCase(Locale.ROOT) + "%");
    }
    if (f.status() != null) {
      q.setParameter("status", f.status().name());
    }
  }
}
