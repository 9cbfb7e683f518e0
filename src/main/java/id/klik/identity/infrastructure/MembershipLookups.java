package id.klik.identity.infrastructure;

import id.klik.identity.domain.Membership;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Read-only look-ups of the current tenant's memberships for other contexts (teams name their
 * members by membership id). Callers hold the transaction.
 */
@ApplicationScoped
public class MembershipLookups {

  @PersistenceContext(unitName = "klik")
  EntityManager em;

  public Optional<Membership> find(UUID id) {
    return Optional.ofNullable(em.find(Membership.class, id));
  }

  public List<Membership> byIds(Collection<UUID> ids) {
    if (ids.isEmpty()) {
      return List.of();
    }
    return em.createQuery("select m from Membership m where m.id in :ids", Membership.class)
        .setParameter("ids", List.copyOf(ids))
        .getResultList();
  }

  public List<Membership> byUsernames(Collection<String> usernames) {
    if (usernames.isEmpty()) {
      return List.of();
    }
    return em.createQuery("select m from Membership m where m.username in :names", Membership.class)
        .setParameter("names", List.copyOf(usernames))
        .getResultList();
  }

  /** Every membership, by name; the few hundred of a tenant fit in one list. */
  public List<Membership> all() {
    return em.createQuery(
            "select m from Membership m order by m.displayName, m.username", Membership.class)
        .getResultList();
  }
}
