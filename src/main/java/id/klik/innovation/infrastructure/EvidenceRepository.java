package id.klik.innovation.infrastructure;

import id.klik.innovation.domain.Evidence;
import id.klik.innovation.domain.EvidenceSlot;
import id.klik.innovation.domain.EvidenceTarget;
import id.klik.innovation.domain.EvidenceVersion;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Evidence items and their versions of the current tenant (the transaction's search path picks the
 * schema). Every lookup names the innovation too, so an item id of another innovation is simply not
 * found. Callers hold the transaction.
 */
@ApplicationScoped
public class EvidenceRepository {

  @PersistenceContext(unitName = "klik")
  EntityManager em;

  /**
   * The item of this innovation, locked until the transaction ends (versions are numbered in it).
   */
  public Optional<Evidence> lockedItem(UUID innovationId, UUID evidenceId) {
    return item(innovationId, evidenceId)
        .map(
            e -> {
              em.lock(e, LockModeType.PESSIMISTIC_WRITE);
              return e;
            });
  }

  public Optional<Evidence> item(UUID innovationId, UUID evidenceId) {
    return Optional.ofNullable(em.find(Evidence.class, evidenceId))
        .filter(e -> java.util.Objects.equals(e.innovationId(), innovationId));
  }

  /** The item an upload to this target with this title continues, if there is one. */
  public Optional<Evidence> sameItem(UUID innovationId, EvidenceTarget target, String title) {
    if (innovationId == null) {
      // a region item (no innovation): by indicator and title
      return em.createQuery(
              "select e from Evidence e where e.innovationId is null and e.slot is null"
                  + " and e.indicatorId = :ind and e.titleKey = :k",
              Evidence.class)
          .setParameter("ind", target.indicatorId().orElse(""))
          .setParameter("k", Evidence.titleKey(title))
          .setLockMode(LockModeType.PESSIMISTIC_WRITE)
          .getResultStream()
          .findFirst();
    }
    if (target.slot().isPresent()) {
      return em.createQuery(
              "select e from Evidence e where e.innovationId = :i and e.slot = :s", Evidence.class)
          .setParameter("i", innovationId)
          .setParameter("s", target.slot().map(EvidenceSlot::code).orElseThrow())
          .setLockMode(LockModeType.PESSIMISTIC_WRITE)
          .getResultStream()
          .findFirst();
    }
    String indicator = target.indicatorId().orElse("");
    return em.createQuery(
            "select e from Evidence e where e.innovationId = :i and e.slot is null"
                + " and coalesce(e.indicatorId, '') = :ind and e.titleKey = :k",
            Evidence.class)
        .setParameter("i", innovationId)
        .setParameter("ind", indicator)
        .setParameter("k", Evidence.titleKey(title))
        .setLockMode(LockModeType.PESSIMISTIC_WRITE)
        .getResultStream()
        .findFirst();
  }

  /** The region items (no innovation: they prove region indicators), by indicator and title. */
  public List<Evidence> regionItems() {
    return em.createQuery(
            "select e from Evidence e where e.innovationId is null"
                + " order by e.indicatorId, e.titleKey, e.id",
            Evidence.class)
        .getResultList();
  }

  /** The items of an innovation: slots first, then by indicator, then by title. */
  public List<Evidence> items(UUID innovationId) {
    return em.createQuery(
            "select e from Evidence e where e.innovationId = :i"
                + " order by e.slot nulls last, e.indicatorId nulls last, e.titleKey, e.id",
            Evidence.class)
        .setParameter("i", innovationId)
        .getResultList();
  }

  /** The versions of these items, newest first within each item. */
  public List<EvidenceVersion> versions(List<UUID> evidenceIds) {
    if (evidenceIds.isEmpty()) {
      return List.of();
    }
    return em.createQuery(
            "select v from EvidenceVersion v where v.evidenceId in :ids"
                + " order by v.evidenceId, v.version desc",
            EvidenceVersion.class)
        .setParameter("ids", evidenceIds)
        .getResultList();
  }

  public Optional<EvidenceVersion> version(UUID evidenceId, int version) {
    return Optional.ofNullable(
        em.find(EvidenceVersion.class, new EvidenceVersion.Key(evidenceId, version)));
  }

  public int newestVersion(UUID evidenceId) {
    Integer newest =
        em.createQuery(
                "select max(v.version) from EvidenceVersion v where v.evidenceId = :e",
                Integer.class)
            .setParameter("e", evidenceId)
            .getSingleResult();
    return newest == null ? 0 : newest;
  }

  /** The innovations of this name (compared without case), in any work unit. */
  public List<UUID> innovationsNamed(String name) {
    return em.createQuery(
            "select i.id from Innovation i where lower(i.name) = :name order by i.id", UUID.class)
        .setParameter("name", name.strip().toLowerCase(java.util.Locale.ROOT))
        .getResultList();
  }

  public void store(Evidence item) {
    em.persist(item);
  }

  public void store(EvidenceVersion version) {
    em.persist(version);
  }

  public void flush() {
    em.flush();
  }
}
