package id.klik.identity.infrastructure;

import id.klik.identity.domain.Membership;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;

/**
 * Memberships of the current tenant (the transaction's search path picks the schema). Callers hold
 * the transaction.
 */
@ApplicationScoped
public class MembershipRepository {

  @PersistenceContext(unitName = "klik")
  EntityManager em;

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

  public void store(Membership membership) {
    em.persist(membership);
  }
}
