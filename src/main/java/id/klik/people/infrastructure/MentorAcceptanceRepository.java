package id.klik.people.infrastructure;

import id.klik.people.domain.MentorAcceptance;
import id.klik.tenancy.application.TenantContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

/**
 * The current tenant's acceptances of national mentors, and the platform's index of them ({@code
 * platform.mentor_acceptance_index}), written in the same transaction so the two never disagree:
 * the mentor's home reads the index to know which tenants to enter, every request is checked
 * against the tenant's own row. Callers hold the transaction.
 */
@ApplicationScoped
public class MentorAcceptanceRepository {

  @PersistenceContext(unitName = "klik")
  EntityManager em;

  public Optional<MentorAcceptance> find(String username) {
    return Optional.ofNullable(em.find(MentorAcceptance.class, username));
  }

  public List<MentorAcceptance> all() {
    return em.createQuery(
            "select a from MentorAcceptance a order by a.username", MentorAcceptance.class)
        .getResultList();
  }

  /** Stores the acceptance (new or changed) and indexes it for the current tenant. */
  public void store(MentorAcceptance acceptance) {
    if (!em.contains(acceptance)) {
      em.persist(acceptance);
    }
    em.createNativeQuery(
            "insert into platform.mentor_acceptance_index (username, tenant_slug, accepted_at)"
                + " values (?, ?, now()) on conflict (username, tenant_slug)"
                + " do update set accepted_at = now()")
        .setParameter(1, acceptance.username())
        .setParameter(2, TenantContext.require().slug())
        .executeUpdate();
    em.flush();
  }

  /** Deletes the acceptance and its index entry for the current tenant. */
  public void remove(MentorAcceptance acceptance) {
    em.remove(acceptance);
    em.createNativeQuery(
            "delete from platform.mentor_acceptance_index where username = ? and tenant_slug = ?")
        .setParameter(1, acceptance.username())
        .setParameter(2, TenantContext.require().slug())
        .executeUpdate();
    em.flush();
  }

  /** The tenants whose acceptance of the mentor the index knows, by slug. */
  @SuppressWarnings("unchecked")
  public List<String> indexedTenants(String username) {
    return em.createNativeQuery(
            "select tenant_slug from platform.mentor_acceptance_index where username = ?"
                + " order by tenant_slug")
        .setParameter(1, username)
        .getResultList();
  }
}
