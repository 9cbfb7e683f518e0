package id.klik.mail.infrastructure;

import id.klik.mail.domain.MailAttachment;
import id.klik.mail.domain.OutboxMessage;
import id.klik.mail.domain.OutboxStatus;
import id.klik.shared.domain.Page;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The current tenant's outbox through the JTA persistence context, so a message is written in the
 * caller's transaction and commits or rolls back with the change that caused it. Callers hold the
 * transaction (the search path that picks the tenant's schema lives as long as it).
 */
@ApplicationScoped
public class OutboxRepository {

  @PersistenceContext(unitName = "klik")
  EntityManager em;

  /** Queues a message; a second one with the same idempotency key is ignored (false). */
  public boolean append(
      String idempotencyKey,
      String recipient,
      String language,
      String templateKey,
      Map<String, String> parameters,
      MailAttachment attachment) {
    JsonObjectBuilder json = Json.createObjectBuilder();
    parameters.forEach(json::add);
    int inserted =
        em.createNativeQuery(
                "insert into outbox (id, idempotency_key, recipient, language, template_key,"
                    + " parameters, attachment_name, attachment_type, attachment)"
                    + " values (?, ?, ?, ?, ?, cast(? as jsonb), ?, ?, ?)"
                    + " on conflict (idempotency_key) do nothing")
            .setParameter(1, UUID.randomUUID())
            .setParameter(2, idempotencyKey)
            .setParameter(3, recipient)
            .setParameter(4, language)
            .setParameter(5, templateKey)
            .setParameter(6, json.build().toString())
            .setParameter(7, attachment == null ? null : attachment.filename())
            .setParameter(8, attachment == null ? null : attachment.contentType())
            .setParameter(9, attachment == null ? new byte[0] : attachment.content())
            .executeUpdate();
    return inserted == 1;
  }

  public Page<OutboxMessage> page(int page, int size) {
    long total =
        ((Number) em.createNativeQuery("select count(*) from outbox").getSingleResult())
            .longValue();
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(
                "select id, recipient, language, template_key, status, attempts, created_at,"
                    + " sent_at, next_attempt_at, last_error from outbox"
                    + " order by created_at desc, id limit ? offset ?")
            .setParameter(1, size)
            .setParameter(2, (long) page * size)
            .getResultList();
    List<OutboxMessage> items = rows.stream().map(OutboxRepository::message).toList();
    return new Page<>(items, page, size, total);
  }

  private static OutboxMessage message(Object[] r) {
    return new OutboxMessage(
        r[0] instanceof UUID u ? u : UUID.fromString(String.valueOf(r[0])),
        (String) r[1],
        (String) r[2],
        (String) r[3],
        OutboxStatus.valueOf((String) r[4]),
        ((Number) r[5]).intValue(),
        instant(r[6]),
        instant(r[7]),
        instant(r[8]),
        (String) r[9]);
  }

  private static Instant instant(Object value) {
    if (value == null) {
      return null;
    }
    if (value instanceof Timestamp t) {
      return t.toInstant();
    }
    if (value instanceof OffsetDateTime o) {
      return o.toInstant();
    }
    if (value instanceof Instant i) {
      return i;
    }
    throw new IllegalStateException("unexpected timestamp type " + value.getClass());
  }
}
