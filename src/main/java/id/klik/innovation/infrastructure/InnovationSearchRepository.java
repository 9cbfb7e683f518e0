package id.klik.innovation.infrastructure;

import id.klik.innovation.domain.ExportRow;
import id.klik.innovation.domain.FacetCount;
import id.klik.innovation.domain.InnovationFilter;
import id.klik.innovation.domain.InnovationSummary;
import id.klik.tenancy.application.TenantJdbc;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * Runs {@link InnovationSearchSql}'s statements in the current tenant, inside the caller's
 * transaction. The export streams: rows are fetched a batch at a time and handed on one by one, so
 * memory stays flat however many there are.
 */
@ApplicationScoped
public class InnovationSearchRepository {

  static final int FETCH_SIZE = 200;

  @Inject TenantJdbc jdbc;

  public List<InnovationSummary> page(InnovationFilter filter, int page, int size) {
    return jdbc.call(
        c -> {
          List<InnovationSummary> out = new ArrayList<>();
          SqlQuery q = InnovationSearchSql.page(filter, page, size);
          try (PreparedStatement s = c.prepareStatement(q.sql())) {
            q.bind(s);
            try (ResultSet rs = s.executeQuery()) {
              while (rs.next()) {
                out.add(summary(rs));
              }
            }
          }
          return out;
        });
  }

  public long count(InnovationFilter filter) {
    return jdbc.call(
        c -> {
          SqlQuery q = InnovationSearchSql.count(filter);
          try (PreparedStatement s = c.prepareStatement(q.sql())) {
            q.bind(s);
            try (ResultSet rs = s.executeQuery()) {
              rs.next();
              return rs.getLong(1);
            }
          }
        });
  }

  /** Counts per value, by facet name ({@link InnovationSearchSql#FACETS}), most first. */
  public Map<String, List<FacetCount>> facets(InnovationFilter filter) {
    return jdbc.call(
        c -> {
          Map<String, List<FacetCount>> out = new LinkedHashMap<>();
          InnovationSearchSql.FACETS.forEach(f -> out.put(f, new ArrayList<>()));
          SqlQuery q = InnovationSearchSql.facets(filter);
          try (PreparedStatement s = c.prepareStatement(q.sql())) {
            q.bind(s);
            try (ResultSet rs = s.executeQuery()) {
              while (rs.next()) {
                out.get(rs.getString(1)).add(new FacetCount(rs.getString(2), rs.getLong(3)));
              }
            }
          }
          out.values()
              .forEach(
                  l ->
                      l.sort(
                          java.util.Comparator.comparingLong(FacetCount::count)
                              .reversed()
                              .thenComparing(FacetCount::value)));
          return out;
        });
  }

  /** Hands every hit to {@code sink}, by name, a batch at a time from the database. */
  public void export(InnovationFilter filter, Consumer<ExportRow> sink) {
    jdbc.call(
        c -> {
          SqlQuery q = InnovationSearchSql.export(filter);
          try (PreparedStatement s = c.prepareStatement(q.sql())) {
            s.setFetchSize(FETCH_SIZE);
            q.bind(s);
            try (ResultSet rs = s.executeQuery()) {
              while (rs.next()) {
                sink.accept(exportRow(rs));
              }
            }
          }
          return null;
        });
  }

  /**
   * Which of these names (without case) the tenant's innovations have, as {@code <work unit
   * id>/<lower-case name>}: a name is unique within its work unit.
   */
  public java.util.Set<String> existingNames(java.util.Collection<String> names) {
    return jdbc.call(
        c -> {
          java.util.Set<String> out = new java.util.HashSet<>();
          if (names.isEmpty()) {
            return out;
          }
          try (PreparedStatement s =
              c.prepareStatement(
                  "select work_unit_id::text || '/' || lower(name) from innovation"
                      + " where lower(name) = any(?)")) {
            s.setArray(
                1,
                c.createArrayOf(
                    "text",
                    names.stream().map(n -> n.toLowerCase(java.util.Locale.ROOT)).toArray()));
            try (ResultSet rs = s.executeQuery()) {
              while (rs.next()) {
                out.add(rs.getString(1));
              }
            }
          }
          return out;
        });
  }

  static InnovationSummary summary(ResultSet rs) throws SQLException {
    Timestamp updated = rs.getTimestamp("updated_at");
    return new InnovationSummary(
        rs.getObject("id", UUID.class),
        rs.getString("name"),
        rs.getObject("work_unit_id", UUID.class),
        rs.getObject("team_id", UUID.class),
        rs.getString("stage"),
        rs.getString("kind"),
        rs.getString("form"),
        rs.getString("initiator"),
        rs.getString("primary_affair"),
        date(rs.getDate("trial_date")),
        date(rs.getDate("application_date")),
        rs.getBigDecimal("budget_amount"),
        rs.getString("status"),
        rs.getBoolean("shared"),
        rs.getInt("narrative_words"),
        updated == null ? null : updated.toInstant(),
        rs.getString("summary"),
        rs.getDouble("rank"));
  }

  static ExportRow exportRow(ResultSet rs) throws SQLException {
    return new ExportRow(
        rs.getObject("id", UUID.class),
        rs.getString("name"),
        rs.getObject("work_unit_id", UUID.class),
        rs.getObject("team_id", UUID.class),
        rs.getString("stage"),
        rs.getString("kind"),
        rs.getString("form"),
        rs.getString("initiator"),
        rs.getString("primary_affair"),
        rs.getString("other_affairs"),
        date(rs.getDate("trial_date")),
        date(rs.getDate("application_date")),
        rs.getBigDecimal("budget_amount"),
        rs.getString("goals"),
        rs.getString("benefits"),
        rs.getString("results"),
        rs.getString("design_narrative"),
        rs.getString("key_changes"),
        rs.getString("beneficiaries"),
        rs.getString("video_url"),
        rs.getString("status"),
        rs.getBoolean("shared"),
        rs.getInt("narrative_words"));
  }

  private static java.time.LocalDate date(Date d) {
    return d == null ? null : d.toLocalDate();
  }
}
