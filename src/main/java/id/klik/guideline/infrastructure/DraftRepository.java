package id.klik.guideline.infrastructure;

import id.klik.guideline.domain.DraftFile;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The current tenant's template drafts (the transaction's search path picks the schema). Callers
 * hold the transaction.
 */
@ApplicationScoped
public class DraftRepository {

  @PersistenceContext(unitName = "klik")
  EntityManager em;

  public Optional<DraftFile> find(UUID id) {
    return id == null ? Optional.empty() : Optional.ofNullable(em.find(DraftFile.class, id));
  }

  /** Every draft, the one saved last first. */
  public List<DraftFile> all() {
    return em.createQuery("select d from DraftFile d order by d.updatedAt desc", DraftFile.class)
        .getResultList();
  }

  public void store(DraftFile draft) {
    em.persist(draft);
  }

  /**
   * Removes the draft and writes that at once: publishing removes it before the platform row is
   * written, so that a failure here leaves nothing published.
   */
  public void removeNow(DraftFile draft) {
    em.remove(draft);
    em.flush();
  }

  public void remove(DraftFile draft) {
    em.remove(draft);
  }
}
