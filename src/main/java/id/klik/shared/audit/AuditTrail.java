package id.klik.shared.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

/**
 * Records every write in the tenant's {@code audit_log}, inside the writer's transaction: the
 * record exists exactly when the write does.
 */
@ApplicationScoped
public class AuditTrail {

  @PersistenceContext(unitName = "klik")
  EntityManager em;

  @Inject AuditSubject subject;

  @Transactional(Transactional.TxType.MANDATORY)
  public void record(String action, String entity, Object entityId, String details) {
    em.persist(
        new AuditEntry(
            subject.actor(),
            subject.tenant(),
            action,
            entity,
            entityId == null ? null : entityId.toString(),
            details));
  }
}
