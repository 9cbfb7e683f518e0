package id.klik.calendar.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

/**
 * {@code platform.calendar_feed}: the sha256 of each person's feed secret, with when it was made
 * and revoked. Schema-qualified, so it works in a tenant's transaction and outside one alike.
 */
@ApplicationScoped
public class FeedTokenRepository {

  @PersistenceContext(unitName = "klik")
  EntityManager em;

  public void revokeLive(String username) {
    em.createNativeQuery(
            "update platform.calendar_feed set revoked_at = now()"
                + " where username = ? and revoked_at is null")
        .setParameter(1, username)
        .executeUpdate();
  }

  public void insert(String hash, String username) {
    em.createNativeQuery("insert into platform.calendar_feed (token_hash, username) values (?, ?)")
        .setParameter(1, hash)
        .setParameter(2, username)
        .executeUpdate();
  }

  /** The owner of a live token with this hash. */
  @SuppressWarnings("unchecked")
  public Optional<String> liveOwner(String hash) {
    List<Object> rows =
        em.createNativeQuery(
                "select username from platform.calendar_feed"
                    + " where token_hash = ? and revoked_at is null")
            .setParameter(1, hash)
            .getResultList();
    return rows.stream().findFirst().map(String::valueOf);
  }

  /** When the person's live feed was made, if they have one. */
  @SuppressWarnings("unchecked")
  public Optional<Instant> liveSince(String username) {
    List<Object> rows =
        em.createNativeQuery(
                "select created_at from platform.calendar_feed"
                    + " where username = ? and revoked_at is null")
            .setParameter(1, username)
            .getResultList();
    return rows.stream().findFirst().map(FeedTokenRepository::instant);
  }

  private static Instant instant(Object value) {
    if (value instanceof Timestamp t) {
      return t.toInstant();
    }
    if (value instanceof OffsetDateTime o) {
      return o.toInstant();
    }
    return value instanceof Instant i ? i : Instant.parse(String.valueOf(value));
  }
}
