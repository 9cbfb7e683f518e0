package id.klik.innovation.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The few reads and the one write the demo replication seed needs in a tenant's innovations: find
 * one by name, mark it shared. Callers hold the transaction.
 */
@ApplicationScoped
public class DemoInnovations {

  @PersistenceContext(unitName = "klik")
  EntityManager em;

  /** An innovation as the directory shows it. */
  public record Found(
      UUID id, String name, String stage, String primaryAffair, String goals, boolean shared) {}

  public Optional<Found> byName(String name) {
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(
                "select id, name, stage, primary_affair, goals, shared from innovation"
                    + " where lower(name) = lower(?) order by created_at limit 1")
            .setParameter(1, name)
            .getResultList();
    return rows.stream()
        .findFirst()
        .map(
            r ->
                new Found(
                    UUID.fromString(r[0].toString()),
                    (String) r[1],
                    (String) r[2],
                    (String) r[3],
                    (String) r[4],
                    Boolean.TRUE.equals(r[5])));
  }

  public void markShared(UUID id) {
    em.createNativeQuery("update innovation set shared = true, version = version + 1 where id = ?")
        .setParameter(1, id)
        .executeUpdate();
  }
}
