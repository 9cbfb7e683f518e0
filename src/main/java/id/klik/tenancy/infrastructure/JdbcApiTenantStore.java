package id.klik.tenancy.infrastructure;

import id.klik.shared.infrastructure.PlatformDatabase;
import id.klik.tenancy.domain.OnboardingStep;
import id.klik.tenancy.domain.TenantKind;
import id.klik.tenancy.domain.TenantManifest;
import id.klik.tenancy.domain.TenantModule;
import id.klik.tenancy.domain.TenantProgress;
import id.klik.tenancy.domain.TenantSource;
import id.klik.tenancy.domain.TenantStatus;
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

/**
 * The registry rows of tenants created through the platform API or console ({@code source = API},
 * the manifest kept in the row) and each tenant's onboarding progress; plain JDBC on the
 * non-transactional platform pool, like {@link JdbcTenantStore}.
 */
@ApplicationScoped
public class JdbcApiTenantStore {

  @Inject PlatformDatabase platform;

  /** A manifest kept in the registry. */
  public record Stored(String slug, String manifest) {}

  /**
   * Registers a tenant created through the API with its manifest, in one statement.
   *
   * @return false when the slug is taken (nothing is written then)
   */
  public boolean register(TenantManifest m, String manifest) {
    return update(
            "insert into platform.tenant (slug, name, kind, region_code, locale, time_zone,"
                + " status, onboarding_step, schema_name, onboarding_started_at, source,"
                + " manifest) values (?, ?, ?, ?, ?, ?, 'ONBOARDING', 'REGISTERED', ?, now(),"
                + " 'API', ?) on conflict do nothing",
            m.slug().value(),
            m.name(),
            m.kind().name(),
            m.regionCode(),
            m.locale(),
            m.timeZone().name(),
            m.slug().schemaName(),
            manifest)
        == 1;
  }

  /** Every manifest created through the API, in slug order. */
  public List<Stored> stored() {
    return query(
        "select slug, manifest from platform.tenant where source = 'API' order by slug",
        rs -> new Stored(rs.getString(1), rs.getString(2)));
  }

  /** Keeps a changed manifest; the tenant's settings follow through {@code applySettings}. */
  public void saveManifest(String slug, String manifest) {
    update(
        "update platform.tenant set manifest = ?, updated_at = now() where slug = ?"
            + " and source = 'API'",
        manifest,
        slug);
  }

  /**
   * Records the applied manifest's hash of a tenant that finished onboarding, so the next reconcile
   * finds it unchanged.
   */
  public void settingsApplied(String slug, String hash) {
    update(
        "update platform.tenant set manifest_hash = ? where slug = ? and onboarding_step = 'DONE'",
        hash,
        slug);
  }

  /** A folder in {@code tenants/} took over the slug: from now on its manifest applies. */
  public boolean takenOverByRepository(String slug) {
    return update(
            "update platform.tenant set source = 'REPOSITORY', manifest = null, updated_at = now()"
                + " where slug = ? and source = 'API'",
            slug)
        == 1;
  }

  public Optional<TenantProgress> progress(String slug) {
    return query("select * from platform.tenant where slug = ?", JdbcApiTenantStore::progress, slug)
        .stream()
        .findFirst();
  }

  private static TenantProgress progress(ResultSet rs) throws SQLException {
    OnboardingStep step = OnboardingStep.valueOf(rs.getString("onboarding_step"));
    return new TenantProgress(
        rs.getString("slug"),
        rs.getString("name"),
        TenantKind.valueOf(rs.getString("kind")),
        rs.getString("region_code"),
        rs.getString("time_zone"),
        rs.getString("locale"),
        TenantModule.parseList(rs.getString("modules")).stream().map(TenantModule::code).toList(),
        rs.getString("primary_color"),
        TenantSource.valueOf(rs.getString("source")),
        TenantStatus.valueOf(rs.getString("status")),
        step,
        TenantProgress.reachedUpTo(step),
        rs.getString("migration_state"),
        rs.getString("onboarding_error"),
        instant(rs.getTimestamp("created_at")),
        instant(rs.getTimestamp("onboarding_started_at")),
        instant(rs.getTimestamp("onboarded_at")),
        instant(rs.getTimestamp("updated_at")));
  }

  private static Instant instant(Timestamp t) {
    return t == null ? null : t.toInstant();
  }

  private <T> List<T> query(String sql, JdbcTenantStore.RowMapper<T> mapper, Object... args) {
    try (Connection c = platform.dataSource().getConnection();
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
    try (Connection c = platform.dataSource().getConnection();
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
