package id.klik.identity.infrastructure;

import id.klik.identity.domain.Invitation;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Invitations of the current tenant, found by the hash of their token. Callers hold the tx. */
@ApplicationScoped
public class InvitationRepository {

  @PersistenceContext(unitName = "klik")
  EntityManager em;

  public Optional<Invitation> findByTokenHash(String hash) {
    return em.createQuery("select i from Invitation i where i.tokenHash = :h", Invitation.class)
        .setParameter("h", hash)
        .getResultStream()
        .findFirst();
  }

  /** The same, locked: two tabs accepting one invitation at once use it once. */
  public Optional<Invitation> lockByTokenHash(String hash) {
    return em.createQuery("select i from Invitation i where i.tokenHash = :h", Invitation.class)
        .setParameter("h", hash)
        .setLockMode(LockModeType.PESSIMISTIC_WRITE)
        .getResultStream()
        .findFirst();
  }

  /** The invitations of a membership not yet used nor revoked (expired ones included). */
  public List<Invitation> unusedOf(UUID membershipId) {
    return em.createQuery(
            "select i from Invitation i where i.membershipId = :m"
                + " and i.usedAt is null and i.revokedAt is null",
            Invitation.class)
        .setParameter("m", membershipId)
        .getResultList();
  }

  public void store(Invitation invitation) {
    em.persist(invitation);
  }
}
