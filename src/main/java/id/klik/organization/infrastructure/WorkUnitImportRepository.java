package id.klik.organization.infrastructure;

import id.klik.organization.domain.WorkUnitImport;
import id.klik.shared.domain.Page;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import java.util.UUID;

/** The current tenant's import history, newest first. Callers hold the transaction. */
@ApplicationScoped
public class WorkUnitImportRepository {

  @PersistenceContext(unitName = "klik")
  EntityManager em;

  public void store(WorkUnitImport record) {
    em.persist(record);
  }

  public Optional<WorkUnitImport> find(UUID id) {
    return Optional.ofNullable(em.find(WorkUnitImport.class, id));
  }

  public Page<WorkUnitImport> latest(int page, int size) {
    var rows =
        em.createQuery(
                "select i from WorkUnitImport i order by i.importedAt desc, i.id",
                WorkUnitImport.class)
            .setFirstResult(page * size)
            .setMaxResults(size)
            .getResultList();
    long total =
        em.createQuery("select count(i) from WorkUnitImport i", Long.class).getSingleResult();
    return new Page<>(rows, page, size, total);
  }
}
