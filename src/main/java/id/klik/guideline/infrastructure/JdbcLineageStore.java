package id.klik.guideline.infrastructure;

import id.klik.guideline.domain.TemplateRef;
import id.klik.tenancy.infrastructure.JdbcTenantStore;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Lineage across tenants in {@code platform.template_adoption}: who adopted which version from
 * whom. Each tenant reads only the rows where it is the adopter or the publisher.
 */
@ApplicationScoped
public class JdbcLineageStore {

  @Inject JdbcTenantStore platform;

  /** One adoption. */
  public record Adoption(
      String adopter, String templateId, String version, String publisher, Instant at) {}

  public void record(String adopter, TemplateRef ref, String publisher) {
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

  public List<Adoption> concerning(String tenant) {
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
