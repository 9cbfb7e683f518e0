package id.klik.organization.api;

import id.klik.shared.domain.Page;
import id.klik.tenancy.application.TenantContext;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * The benchmark's baseline: the work-unit list of {@link WorkUnitResource} done with bare JDBC on
 * the same pool, in the same kind of transaction and behind the same edge, so the measured ratio is
 * the price of the JPA path alone. Built into the WAR only by {@code ./mvnw -Pbench package} (from
 * {@code src/bench/java}); even there it answers 404 unless {@code klik.bench.enabled} is true.
 */
@Path("/tenant/bench/work-units-jdbc")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
public class WorkUnitJdbcBaselineResource {

  @Inject
  @ConfigProperty(name = "klik.bench.enabled", defaultValue = "false")
  boolean enabled;

  private static volatile DataSource dataSource;

  private static DataSource dataSource() throws NamingException {
    if (dataSource == null) {
      dataSource = InitialContext.doLookup("java:app/jdbc/klik");
    }
    return dataSource;
  }

  @GET
  @Transactional
  @Operation(hidden = true)
  public WorkUnitPageDto list(@QueryParam("page") Integer page, @QueryParam("size") Integer size)
      throws SQLException, NamingException {
    if (!enabled) {
      throw new NotFoundException();
    }
    int pageSize = Page.size(size);
    int pageNo = page == null ? 0 : Math.max(0, page);
    try (Connection c = dataSource().getConnection()) {
      try (PreparedStatement s = c.prepareStatement("select set_config('search_path', ?, true)")) {
        s.setString(1, TenantContext.require().schema());
        s.execute();
      }
      List<WorkUnitDto> items = new ArrayList<>();
      try (PreparedStatement s =
          c.prepareStatement(
              "select id, code, name, kind, parent_id, active, version from work_unit"
                  + " order by name, code limit ? offset ?")) {
        s.setInt(1, pageSize);
        s.setInt(2, pageNo * pageSize);
        try (ResultSet rs = s.executeQuery()) {
          while (rs.next()) {
            items.add(
                new WorkUnitDto(
                    (UUID) rs.getObject(1),
                    rs.getString(2),
                    rs.getString(3),
                    rs.getString(4),
                    (UUID) rs.getObject(5),
                    rs.getBoolean(6),
                    rs.getLong(7)));
          }
        }
      }
      long total;
      try (PreparedStatement s = c.prepareStatement("select count(*) from work_unit");
          ResultSet rs = s.executeQuery()) {
        rs.next();
        total = rs.getLong(1);
      }
      return new WorkUnitPageDto(items, pageNo, pageSize, total);
    }
  }
}
