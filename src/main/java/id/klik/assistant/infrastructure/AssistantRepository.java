package id.klik.assistant.infrastructure;

import id.klik.assistant.domain.AssistantSetting;
import id.klik.assistant.domain.Exchange;
import id.klik.shared.domain.Page;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import java.util.UUID;

/** The current tenant's assistant switch and exchanges. Callers hold the transaction. */
@ApplicationScoped
public class AssistantRepository {

  @PersistenceContext(unitName = "klik")
  EntityManager em;

  public Optional<AssistantSetting> setting() {
    return Optional.ofNullable(em.find(AssistantSetting.class, 1));
  }

  public void store(AssistantSetting setting) {
    if (!em.contains(setting)) {
      em.persist(setting);
    }
    em.flush();
  }

  public void store(Exchange exchange) {
    em.persist(exchange);
    em.flush();
  }

  public Optional<Exchange> exchange(UUID id) {
    return Optional.ofNullable(em.find(Exchange.class, id));
  }

  public Page<Exchange> exchanges(int page, int size) {
    long total = em.createQuery("select count(e) from Exchange e", Long.class).getSingleResult();
    var items =
        em.createQuery("select e from Exchange e order by e.at desc, e.id", Exchange.class)
            .setFirstResult(Page.firstRow(page, size))
            .setMaxResults(size)
            .getResultList();
    return new Page<>(items, Math.max(0, page), size, total);
  }
}
