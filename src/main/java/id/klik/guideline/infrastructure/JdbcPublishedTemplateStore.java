package id.klik.guideline.infrastructure;

import id.klik.shared.domain.ConflictException;
import id.klik.shared.infrastructure.PlatformDatabase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * Templates published from the app, in {@code platform.published_template}. Rows are only ever
 * inserted: a published version never changes, and the primary key refuses a second publication of
 * the same version even from another replica.
 */
@ApplicationScoped
public class JdbcPublishedTemplateStore {

  @Inject PlatformDatabase platform;

  /**
   * One published version as stored.
   *
   * @param tenants the chosen tenants; empty when published to all
   */
  public record Row(
      String templateId,
      String version,
      String publisher,
      String yaml,
      boolean allTenants,
      Set<String> tenants,
      String publishedBy,
      Instant publishedAt) {}

  /**
   * Stores a published version. A transaction-scoped advisory lock on the template id serializes
   * publications of one id across replicas, so that two tenants cannot both claim a new id.
   *
   * @throws ConflictException when this version was published already, or another tenant published
   *     under this id
   */
  public void insert(Row row) {
    try (Connection c = platform.dataSource().getConnection()) {
      boolean autoCommit = c.getAutoCommit();
      c.setAutoCommit(false);
      try {
        lock(c, row.templateId());
        if (ownedByAnother(c, row)) {
          throw new ConflictException("template.idTaken", row.templateId());
        }
        write(c, row);
        c.commit();
      } catch (SQLException | RuntimeException e) {
        c.rollback();
        throw e;
      } finally {
        c.setAutoCommit(autoCommit);
      }
    } catch (SQLException e) {
      if ("23505".equals(e.getSQLState())) {
        throw new ConflictException(
            "template.alreadyPublished", row.templateId() + "@" + row.version());
      }
      throw new IllegalStateException("cannot publish template: " + e.getMessage(), e);
    }
  }

  private static void lock(Connection c, String templateId) throws SQLException {
    try (PreparedStatement s = c.prepareStatement("select pg_advisory_xact_lock(hashtext(?))")) {
      s.setString(1, "template:" + templateId);
      s.execute();
    }
  }

  private static boolean ownedByAnother(Connection c, Row row) throws SQLException {
    try (PreparedStatement s =
        c.prepareStatement(
            "select 1 from platform.published_template where template_id = ? and publisher <> ?")) {
      s.setString(1, row.templateId());
      s.setString(2, row.publisher());
      try (ResultSet rs = s.executeQuery()) {
        return rs.next();
      }
    }
  }

  private static void write(Connection c, Row row) throws SQLException {
    String sql =
        "insert into platform.published_template (template_id, version, publisher, yaml,"
            + " all_tenants, tenants, published_by, published_at) values (?,?,?,?,?,?,?,?)";
    try (PreparedStatement s = c.prepareStatement(sql)) {
      s.setString(1, row.templateId());
      s.setString(2, row.version());
      s.setString(3, row.publisher());
      s.setString(4, row.yaml());
      s.setBoolean(5, row.allTenants());
      s.setArray(6, c.createArrayOf("varchar", row.tenants().stream().sorted().toArray()));
      s.setString(7, row.publishedBy());
      s.setObject(8, OffsetDateTime.ofInstant(row.publishedAt(), ZoneOffset.UTC));
      s.executeUpdate();
    }
  }

  /** Every version published from the app, oldest first. */
  public List<Row> all() {
    String sql =
        "select template_id, version, publisher, yaml, all_tenants, tenants, published_by,"
            + " published_at from platform.published_template order by published_at, template_id";
    try (Connection c = platform.dataSource().getConnection();
        PreparedStatement s = c.prepareStatement(sql);
        ResultSet rs = s.executeQuery()) {
      List<Row> rows = new ArrayList<>();
      while (rs.next()) {
        Array tenants = rs.getArray(6);
        rows.add(
            new Row(
                rs.getString(1),
                rs.getString(2),
                rs.getString(3),
                rs.getString(4),
                rs.getBoolean(5),
                Set.copyOf(Arrays.asList((String[]) tenants.getArray())),
                rs.getString(7),
                rs.getTimestamp(8).toInstant()));
      }
      return rows;
    } catch (SQLException e) {
      throw new IllegalStateException("cannot read published templates: " + e.getMessage(), e);
    }
  }
}
