package id.klik.tenancy.infrastructure;

import id.klik.shared.infrastructure.PlatformDatabase;
import id.klik.tenancy.domain.OnboardingStep;
import id.klik.tenancy.domain.RegionTimeZone;
import id.klik.tenancy.domain.TenantKind;
import id.klik.tenancy.domain.TenantManifest;
import id.klik.tenancy.domain.TenantModule;
import id.klik.tenancy.domain.TenantRef;
import id.klik.tenancy.domain.TenantStatus;
import id.klik.tenancy.domain.TenantSummary;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * The tenant registry in {@code platform.tenant}, through plain JDBC on the non-transactional pool:
 * every write commits at once, so onboarding progress survives a crash of the caller.
 */
@ApplicationScoped
public class JdbcTenantStore {

  private static final Logger LOG = Logger.getLogger(JdbcTenantStore.class.getName());

  @Inject PlatformDatabase platform;

  /** A registry row with what onboarding needs to resume. */
  public record Row(TenantRef ref, OnboardingStep step, String manifestHash, String orgId) {}

  /** The platform schema's non-transactional pool, looked up on first use. */
  public DataSource dataSource() {
    return platform.dataSource();
  }

  public List<TenantRef> loadAll() {
    return query("select * from platform.tenant order by slug", JdbcTenantStore::ref);
  }

  public Optional<Row> find(String slug) {
    List<Row> rows =
        query(
            "select * from platform.tenant where slug = ?",
            rs ->
                new Row(
                    ref(rs),
                    OnboardingStep.valueOf(rs.getString("onboarding_step")),
                    rs.getString("manifest_hash"),
                    rs.getString("keycloak_org_id")),
            slug);
    return rows.stream().findFirst();
  }

  public List<TenantSummary> summaries() {
    return query("select * from platform.tenant order by slug", JdbcTenantStore::summary);
  }

  /** Registers a tenant that is not there yet; does nothing when it is. */
  public void register(TenantManifest m) {
    update(
        "insert into platform.tenant (slug, name, kind, region_code, locale, time_zone,"
            + " status, onboarding_step, schema_name, onboarding_started_at)"
            + " values (?, ?, ?, ?, ?, ?, 'ONBOARDING', 'REGISTERED', ?, now())"
            + " on conflict (slug) do nothing",
        m.slug().value(),
        m.name(),
        m.kind().name(),
        m.regionCode(),
        m.locale(),
        m.timeZone().name(),
        m.slug().schemaName());
  }

  /** Applies the manifest's settings to a registered tenant. */
  public void applySettings(TenantManifest m) {
    update(
        "update platform.tenant set name = ?, kind = ?, region_code = ?, locale = ?,"
            + " time_zone = ?, primary_color = ?, logo = ?, modules = ?, updated_at = now()"
            + " where slug = ?",
        m.name(),
        m.kind().name(),
        m.regionCode(),
        m.locale(),
        m.timeZone().name(),
        m.primaryColor().orElse(null),
        m.logo().orElse(null),
        String.join(",", m.modules()),
        m.slug().value());
  }

  public void stepReached(String slug, OnboardingStep step) {
    update(
        "update platform.tenant set onboarding_step = ?, updated_at = now() where slug = ?",
        step.name(),
        slug);
  }

  public void organizationCreated(String slug, String orgId) {
    update("update platform.tenant set keycloak_org_id = ? where slug = ?", orgId, slug);
  }

  /** Held while one tenant is being onboarded; closing it lets the next one in. */
  public interface OnboardingLock extends AutoCloseable {
    @Override
    void close();
  }

  /**
   * Waits until no other thread or replica onboards this tenant, then holds a session-level
   * advisory lock on a connection of its own until closed. Two replicas reconciling at the same
   * time thus run one tenant's steps one after the other; the second finds the work done.
   */
  public OnboardingLock lockOnboarding(String slug) {
    String key = "onboarding:" + slug;
    try {
      Connection c = dataSource().getConnection();
      try (PreparedStatement s = c.prepareStatement("select pg_advisory_lock(hashtext(?))")) {
        s.setString(1, key);
        s.execute();
      } catch (SQLException e) {
        c.close();
        throw e;
      }
      return () -> {
        try (c;
            PreparedStatement s = c.prepareStatement("select pg_advisory_unlock(hashtext(?))")) {
          s.setString(1, key);
          s.execute();
        } catch (SQLException e) {
          // closing the connection ends the session, which releases the lock as well
          LOG.warning(() -> "tenant=" + slug + " onboarding lock release: " + e.getMessage());
        }
      };
    } catch (SQLException e) {
      throw new IllegalStateException("cannot lock onboarding of " + slug, e);
    }
  }

  public void onboardingFailed(String slug, String error) {
    update(
        "update platform.tenant set onboarding_error = ?, updated_at = now() where slug = ?",
        error,
        slug);
  }

  /**
   * Marks onboarding finished; the time counts from the first attempt's start. The status follows
   * the manifest's {@code suspended} flag at the first onboarding and whenever that flag changes;
   * otherwise it stays as the console or API left it.
   */
  public void onboarded(String slug, String manifestHash, long millis, boolean suspended) {
    update(
        "update platform.tenant set status = case when onboarding_step <> 'DONE'"
            + " or manifest_suspended is distinct from ? then ? else status end,"
            + " manifest_suspended = ?, onboarding_step = 'DONE', onboarding_error = null,"
            + " manifest_hash = ?, onboarding_millis = coalesce(onboarding_millis, ?),"
            + " onboarded_at = coalesce(onboarded_at, now()), updated_at = now() where slug = ?",
        suspended,
        suspended ? TenantStatus.SUSPENDED.name() : TenantStatus.ACTIVE.name(),
        suspended,
        manifestHash,
        millis,
        slug);
  }

  public void setStatus(String slug, TenantStatus status) {
    update(
        "update platform.tenant set status = ?, updated_at = now() where slug = ?",
        status.name(),
        slug);
  }

  /** Records a platform-level write in {@code platform.platform_audit}. */
  public void audit(String actor, String action, String slug, String details) {
    update(
        "insert into platform.platform_audit (actor, action, tenant, details) values (?, ?, ?, ?)",
        actor,
        action,
        slug,
        details);
  }

  /**
   * Records the same platform-level action for many tenants: one line per tenant, written with one
   * statement and one commit (work that enters many tenants in turn, e.g. the mentor's home).
   */
  public void auditEach(String actor, String action, List<String> slugs, String details) {
    if (slugs.isEmpty()) {
      return;
    }
    try (Connection c = dataSource().getConnection();
        PreparedStatement s =
            c.prepareStatement(
                "insert into platform.platform_audit (actor, action, tenant, details)"
                    + " select ?, ?, unnest(?::varchar[]), ?")) {
      s.setString(1, actor);
      s.setString(2, action);
      s.setArray(3, c.createArrayOf("varchar", slugs.toArray()));
      s.setString(4, details);
      s.executeUpdate();
    } catch (SQLException e) {
      throw new IllegalStateException("platform audit failed: " + e.getMessage(), e);
    }
  }

  public void touch(String slug) {
    update("update platform.tenant set last_activity_at = now() where slug = ?", slug);
  }

  private static TenantRef ref(ResultSet rs) throws SQLException {
    return new TenantRef(
        rs.getString("slug"),
        rs.getString("schema_name"),
        rs.getString("name"),
        TenantKind.valueOf(rs.getString("kind")),
        rs.getString("region_code"),
        TenantStatus.valueOf(rs.getString("status")),
        rs.getString("locale"),
        RegionTimeZone.valueOf(rs.getString("time_zone")),
        TenantModule.parseList(rs.getString("modules")),
        rs.getString("primary_color"),
        rs.getString("logo"));
  }

  private static TenantSummary summary(ResultSet rs) throws SQLException {
    Number millis = (Number) rs.getObject("onboarding_millis");
    return new TenantSummary(
        rs.getString("slug"),
        rs.getString("name"),
        TenantKind.valueOf(rs.getString("kind")),
        rs.getString("region_code"),
        TenantStatus.valueOf(rs.getString("status")),
        OnboardingStep.valueOf(rs.getString("onboarding_step")),
        rs.getString("schema_name"),
        rs.getString("schema_version"),
        rs.getString("migration_state"),
        rs.getString("migration_error"),
        rs.getString("onboarding_error"),
        millis == null ? null : millis.longValue(),
        instant(rs.getTimestamp("onboarded_at")),
        instant(rs.getTimestamp("last_activity_at")));
  }

  private static Instant instant(Timestamp t) {
    return t == null ? null : t.toInstant();
  }

  interface RowMapper<T> {
    T map(ResultSet rs) throws SQLException;
  }

  private <T> List<T> query(String sql, RowMapper<T> mapper, Object... args) {
    try (Connection c = dataSource().getConnection();
        PreparedStatement s = c.prepareStatement(sql)) {
      bind(s, args);
      try (ResultSet rs = s.executeQuery()) {
        List<T> out = new ArrayList<>();
        while (rs.next()) {
          out.add(mapper.map(rs));
        }
        return out;
      }
    } catch (SQLException e) {
      throw new IllegalStateException("tenant registry query failed: " + e.getMessage(), e);
    }
  }

  private int update(String sql, Object... args) {
    try (Connection c = dataSource().getConnection();
        PreparedStatement s = c.prepareStatement(sql)) {
      bind(s, args);
      return s.executeUpdate();
    } catch (SQLException e) {
      throw new IllegalStateException("tenant registry update failed: " + e.getMessage(), e);
    }
  }

  private static void bind(PreparedStatement s, Object... args) throws SQLException {
    for (int i = 0; i < args.length; i++) {
      s.setObject(i + 1, args[i]);
    }
  }
}
