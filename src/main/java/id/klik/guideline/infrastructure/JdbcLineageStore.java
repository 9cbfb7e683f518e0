package id.klik.guideline.infrastructure;

import id.klik.guideline.domain.TemplateRef;
import id.klik.shared.infrastructure.PlatformDatabase;
import id.klik.tenancy.application.TenantContext;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;

/**
 * Lineage across tenants in {@code platform.template_adoption}: who adopted which version from
 * whom. Each tenant reads only the rows where it is the adopter or the publisher.
 */
@ApplicationScoped
public class JdbcLineageStore {

  private static final Logger LOG = Logger.getLogger(JdbcLineageStore.class.getName());

  @Inject PlatformDatabase platform;

  @Resource TransactionSynchronizationRegistry transactions;

  /** One adoption. */
  public record Adoption(
      String adopter, String templateId, String version, String publisher, Instant at) {}

  /**
   * Records the current tenant's adoption once the current transaction has committed: the lineage
   * lives in the platform schema, outside the tenant's transaction, and must not claim what was
   * rolled back. A failure is logged; the adoption itself stands.
   */
  public void recordAfterCommit(TemplateRef ref, String publisher) {
    String adopter = TenantContext.require().slug();
    transactions.registerInterposedSynchronization(
        new Synchronization() {
          @Override
          public void beforeCompletion() {}

          @Override
          public void afterCompletion(int status) {
            if (status != Status.STATUS_COMMITTED) {
              return;
            }
            try {
              record(adopter, ref, publisher);
            } catch (RuntimeException e) {
              LOG.warning(
                  () ->
                      "tenant="
                          + adopter
                          + " lineage of "
                          + ref
                          + " not recorded: "
                          + e.getMessage());
            }
          }
        });
  }

  private void record(String adopter, TemplateRef ref, String publisher) {
    String sql =
        "insert into platform.template_adoption (adopter, template_id, version, publisher)"
            + " values (?, ?, ?, ?) on conflict do nothing";
    try (Connection c = platform.dataSource().getConnection();
        PreparedStatement s = c.prepareStatement(sql)) {
      s.setString(1, adopter);
      s.setString(2, ref.templateId());
      s.setString(3, ref.version().toString());
      s.setString(4, publisher);
      s.executeUpdate();
    } catch (SQLException e) {
      throw new IllegalStateException("cannot record adoption: " + e.getMessage(), e);
    }
  }

  /** The adoptions the current tenant took part in, as adopter or as publisher. */
  public List<Adoption> concerningThisTenant() {
    String tenant = TenantContext.require().slug();
    String sql =
        "select adopter, template_id, version, publisher, adopted_at from platform.template_adoption"
            + " where adopter = ? or publisher = ? order by adopted_at desc";
    try (Connection c = platform.dataSource().getConnection();
        PreparedStatement s = c.prepareStatement(sql)) {
      s.setString(1, tenant);
      s.setString(2, tenant);
      try (ResultSet rs = s.executeQuery()) {
        List<Adoption> out = new ArrayList<>();
        while (rs.next()) {
          out.add(
              new Adoption(
                  rs.getString(1),
                  rs.getString(2),
                  rs.getString(3),
                  rs.getString(4),
                  rs.getTimestamp(5).toInstant()));
        }
        return out;
      }
    } catch (SQLException e) {
      throw new IllegalStateException("cannot read lineage: " + e.getMessage(), e);
    }
  }
}
