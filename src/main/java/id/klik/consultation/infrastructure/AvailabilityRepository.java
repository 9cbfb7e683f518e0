package id.klik.consultation.infrastructure;

import id.klik.consultation.domain.Availability;
import id.klik.consultation.domain.OneOffSlot;
import id.klik.consultation.domain.WeeklySlot;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Mentors' availability: a local mentor's in the current tenant's schema, a national mentor's in
 * the platform's. Replacing one mentor's availability replaces all of their slots at once.
 */
@ApplicationScoped
public class AvailabilityRepository {

  @PersistenceContext(unitName = "klik")
  EntityManager em;

  public Availability of(String username, boolean national, ZoneId fallback) {
    return assemble(rows(username, national), fallback);
  }

  /** Every local mentor's availability in this tenant, by username. */
  public Map<String, Availability> allLocal(ZoneId fallback) {
    Map<String, List<AvailabilityRow>> by = new LinkedHashMap<>();
    for (LocalAvailabilityRow r :
        em.createQuery("select r from LocalAvailabilityRow r", LocalAvailabilityRow.class)
            .getResultList()) {
      by.computeIfAbsent(r.username(), u -> new ArrayList<>()).add(r);
    }
    Map<String, Availability> out = new LinkedHashMap<>();
    by.forEach((u, rows) -> out.put(u, assemble(rows, fallback)));
    return out;
  }

  public void replace(String username, boolean national, Availability availability) {
    String entity = national ? "NationalAvailabilityRow" : "LocalAvailabilityRow";
    em.createQuery("delete from " + entity + " r where r.username = :u")
        .setParameter("u", username)
        .executeUpdate();
    Supplier<AvailabilityRow> row =
        national ? NationalAvailabilityRow::new : LocalAvailabilityRow::new;
    String zone = availability.zone().getId();
    for (WeeklySlot w : availability.weekly()) {
      AvailabilityRow r = row.get();
      r.fill(username, zone, w, null);
      em.persist(r);
    }
    for (OneOffSlot o : availability.once()) {
      AvailabilityRow r = row.get();
      r.fill(username, zone, null, o);
      em.persist(r);
    }
    em.flush();
  }

  private List<? extends AvailabilityRow> rows(String username, boolean national) {
    Class<? extends AvailabilityRow> type =
        national ? NationalAvailabilityRow.class : LocalAvailabilityRow.class;
    return em.createQuery(
            "select r from " + type.getSimpleName() + " r where r.username = :u", type)
        .setParameter("u", username)
        .getResultList();
  }

  private static Availability assemble(List<? extends AvailabilityRow> rows, ZoneId fallback) {
    List<WeeklySlot> weekly = new ArrayList<>();
    List<OneOffSlot> once = new ArrayList<>();
    ZoneId zone = fallback;
    for (AvailabilityRow r : rows) {
      zone = ZoneId.of(r.zone());
      if (r.weekly()) {
        weekly.add(r.weeklySlot());
      } else {
        once.add(r.oneOffSlot());
      }
    }
    return new Availability(zone, weekly, once);
  }
}
