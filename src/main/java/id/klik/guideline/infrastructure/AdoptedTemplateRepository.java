package id.klik.guideline.infrastructure;

import id.klik.guideline.domain.AdoptedTemplate;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

/**
 * The current tenant's adopted templates (the transaction's search path picks the schema). Callers
 * hold the transaction.
 */
@ApplicationScoped
public class AdoptedTemplateRepository {

  @PersistenceContext(unitName = "klik")
  EntityManager em;

  /** By template id, which a tenant adopts at most once. */
  public Optional<AdoptedTemplate> find(String templateId) {
    return em.createQuery(
            "select a from AdoptedTemplate a where a.templateId = :id", AdoptedTemplate.class)
        .setParameter("id", templateId)
        .getResultStream()
        .findFirst();
  }

  /** Every adopted template, by template id. */
  public List<AdoptedTemplate> all() {
    return em.createQuery(
            "select a from AdoptedTemplate a order by a.templateId", AdoptedTemplate.class)
        .getResultList();
  }

  /** The templates marked active (at most one, the clinic template driving the clinic). */
  public List<AdoptedTemplate> active() {
    return em.createQuery("select a from AdoptedTemplate a where a.active", AdoptedTemplate.class)
        .getResultList();
  }

  public void store(AdoptedTemplate adopted) {
    em.persist(adopted);
  }

  /** Writes pending changes now, so that a unique constraint is checked in order. */
  public void flush() {
    em.flush();
  }
}
