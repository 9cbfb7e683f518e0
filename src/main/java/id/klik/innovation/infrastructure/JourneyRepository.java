package id.klik.innovation.infrastructure;

import id.klik.innovation.domain.journey.ArtifactRecord;
import id.klik.innovation.domain.journey.JourneyPosition;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Journey positions and artifact records of the current tenant. Callers hold the transaction. */
@ApplicationScoped
public class JourneyRepository {

  @PersistenceContext(unitName = "klik")
  EntityManager em;

  public Optional<JourneyPosition> position(UUID innovationId) {
    return Optional.ofNullable(em.find(JourneyPosition.class, innovationId));
  }

  /** Every record of the innovation, of any template, oldest template's stages first. */
  public List<ArtifactRecord> records(UUID innovationId) {
    return em.createQuery(
            "select r from ArtifactRecord r where r.innovationId = :i"
                + " order by r.templateId, r.stageId, r.artifactId",
            ArtifactRecord.class)
        .setParameter("i", innovationId)
        .getResultList();
  }

  /** Stores a position or record if it is new (changes to stored ones are tracked). */
  public void store(JourneyPosition position) {
    if (!em.contains(position)) {
      em.persist(position);
    }
  }

  public void store(ArtifactRecord record) {
    if (!em.contains(record)) {
      em.persist(record);
    }
  }

  public void flush() {
    em.flush();
  }
}
