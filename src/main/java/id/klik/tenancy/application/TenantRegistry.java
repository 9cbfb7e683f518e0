package id.klik.tenancy.application;

import id.klik.shared.infrastructure.Outages;
import id.klik.tenancy.domain.TenantRef;
import id.klik.tenancy.domain.TenantStatus;
import id.klik.tenancy.infrastructure.JdbcTenantStore;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Resolves a slug to its tenant on every request without a database round trip: an in-memory copy
 * of the registry, reloaded when a slug is unknown (at most once a second, so guessing slugs cannot
 * flood the database) and every ten seconds, so other replicas' changes show up.
 */
@ApplicationScoped
public class TenantRegistry {

  private static final long MISS_RELOAD_NANOS = 1_000_000_000L;
  private static final long MAX_AGE_NANOS = 10_000_000_000L;
  private static final long TOUCH_NANOS = 60_000_000_000L;

  @Inject JdbcTenantStore store;

  private volatile Map<String, TenantRef> bySlug = Map.of();
  private volatile long loadedAt;
  private final Map<String, Long> touchedAt = new ConcurrentHashMap<>();

  public Optional<TenantRef> find(String slug) {
    if (stale(slug)) {
      synchronized (this) {
        // another request may have reloaded while this one waited
        if (stale(slug)) {
          reloadOrKeep();
        }
      }
    }
    return Optional.ofNullable(bySlug.get(slug));
  }

  /** What the slug names, for the edge: found and active, unknown, suspended or not ready. */
  public TenantResolution resolve(String slug) {
    return TenantResolution.of(slug, find(slug));
  }

  private boolean stale(String slug) {
    long age = System.nanoTime() - loadedAt;
    return age > MAX_AGE_NANOS || (!bySlug.containsKey(slug) && age > MISS_RELOAD_NANOS);
  }

  /** The tenants that serve requests, by name. */
  public List<TenantRef> active() {
    find("");
    return bySlug.values().stream()
        .filter(t -> t.status() == TenantStatus.ACTIVE)
        .sorted(java.util.Comparator.comparing(TenantRef::name))
        .toList();
  }

  /**
   * While the database is down, requests go on with the copy they have (their own queries then
   * answer 503) and only one reload a second is tried, instead of every request queueing here.
   */
  private void reloadOrKeep() {
    try {
      reload();
    } catch (RuntimeException e) {
      if (bySlug.isEmpty() || Outages.of(e).isEmpty()) {
        throw e;
      }
      loadedAt = System.nanoTime() - MAX_AGE_NANOS + MISS_RELOAD_NANOS;
    }
  }

  public synchronized void reload() {
    bySlug =
        store.loadAll().stream()
            .collect(Collectors.toUnmodifiableMap(TenantRef::slug, Function.identity()));
    loadedAt = System.nanoTime();
  }

  /** Records activity for the console, at most once a minute per tenant. */
  public void touch(String slug) {
    long now = System.nanoTime();
    Long last = touchedAt.get(slug);
    if (last == null || now - last > TOUCH_NANOS) {
      touchedAt.put(slug, now);
      store.touch(slug);
    }
  }
}
