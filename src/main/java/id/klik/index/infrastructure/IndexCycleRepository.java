package id.klik.index.infrastructure;

import id.klik.tenancy.application.TenantJdbc;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Array;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The tenant's index cycles, their choices and entries (V16). Callers hold the transaction. */
@ApplicationScoped
public class IndexCycleRepository {

  @Inject TenantJdbc jdbc;

  /** A stored cycle. */
  public record CycleRow(
      UUID id,
      int year,
      String modelId,
      String modelVersion,
      LocalDate windowFrom,
      LocalDate windowTo,
      String startedBy,
      OffsetDateTime startedAt,
      Integer carriedFrom,
      long version) {}

  /** A stored level; {@code innovationId} null for a region measure. */
  public record ChoiceRow(
      UUID innovationId,
      String measureId,
      int level,
      UUID evidenceId,
      String evidenceTitle,
      UUID evidenceInnovation,
      String evidenceIndicator,
      boolean carried) {}

  /** An innovation entered in a cycle with the facts of it the index reads. */
  public record EntryRow(
      UUID innovationId,
      String name,
      UUID workUnitId,
      String workUnitName,
      String primaryAffair,
      List<String> otherAffairs,
      LocalDate appliedOn,
      int narrativeWords,
      String videoUrl,
      List<String> emptyRequired,
      boolean carried,
      int cyclesEntered) {}

  /**
   * An evidence item as the index checks it: whose it is, what it proves, whether it has a file.
   */
  public record EvidenceRow(UUID id, UUID innovationId, String indicatorId, String title) {}

  private static final String CYCLE_COLUMNS =
      "id, year, model_id, model_version, window_from, window_to, started_by, started_at,"
          + " carried_from, version";

  public Optional<CycleRow> find(int year) {
    return jdbc.call(
        c -> {
          try (PreparedStatement s =
              c.prepareStatement("select " + CYCLE_COLUMNS + " from index_cycle where year = ?")) {
            s.setInt(1, year);
            try (ResultSet r = s.executeQuery()) {
              return r.next() ? Optional.of(cycle(r)) : Optional.empty();
            }
          }
        });
  }

  /** Locks the cycle's row for a change: two writers of one cycle go one after the other. */
  public Optional<CycleRow> lock(int year) {
    return jdbc.call(
        c -> {
          try (PreparedStatement s =
              c.prepareStatement(
                  "select " + CYCLE_COLUMNS + " from index_cycle where year = ? for update")) {
            s.setInt(1, year);
            try (ResultSet r = s.executeQuery()) {
              return r.next() ? Optional.of(cycle(r)) : Optional.empty();
            }
          }
        });
  }

  public List<CycleRow> all() {
    return jdbc.call(
        c -> {
          List<CycleRow> rows = new ArrayList<>();
          try (PreparedStatement s =
                  c.prepareStatement(
                      "select " + CYCLE_COLUMNS + " from index_cycle order by year desc");
              ResultSet r = s.executeQuery()) {
            while (r.next()) {
              rows.add(cycle(r));
            }
          }
          return rows;
        });
  }

  public void insert(CycleRow row) {
    jdbc.call(
        c ->
            update(
                c,
                "insert into index_cycle (id, year, model_id, model_version, window_from,"
                    + " window_to, started_by, carried_from) values (?, ?, ?, ?, ?, ?, ?, ?)",
                row.id(),
                row.year(),
                row.modelId(),
                row.modelVersion(),
                date(row.windowFrom()),
                date(row.windowTo()),
                row.startedBy(),
                row.carriedFrom()));
  }

  public void updateWindow(UUID cycleId, LocalDate from, LocalDate to) {
    jdbc.call(
        c ->
            update(
                c,
                "update index_cycle set window_from = ?, window_to = ?, version = version + 1"
                    + " where id = ?",
                date(from),
                date(to),
                cycleId));
  }

  /** Counts a change of the cycle's content in its version. */
  public void touch(UUID cycleId) {
    jdbc.call(c -> update(c, "update index_cycle set version = version + 1 where id = ?", cycleId));
  }

  public void putRegion(
      UUID cycleId, String measureId, int level, UUID evidenceId, boolean carried, String by) {
    jdbc.call(
        c ->
            update(
                c,
                "insert into index_region_choice (cycle_id, measure_id, level, evidence_id,"
                    + " carried, updated_by) values (?, ?, ?, ?, ?, ?) on conflict (cycle_id,"
                    + " measure_id) do update set level = excluded.level, evidence_id ="
                    + " excluded.evidence_id, carried = excluded.carried, updated_by ="
                    + " excluded.updated_by, updated_at = now()",
                cycleId,
                measureId,
                level,
                evidenceId,
                carried,
                by));
  }

  public void putInnovation(
      UUID cycleId,
      UUID innovationId,
      String measureId,
      int level,
      UUID evidenceId,
      boolean carried,
      String by) {
    jdbc.call(
        c ->
            update(
                c,
                "insert into index_innovation_choice (cycle_id, innovation_id, measure_id, level,"
                    + " evidence_id, carried, updated_by) values (?, ?, ?, ?, ?, ?, ?) on conflict"
                    + " (cycle_id, innovation_id, measure_id) do update set level = excluded.level,"
                    + " evidence_id = excluded.evidence_id, carried = excluded.carried,"
                    + " updated_by = excluded.updated_by, updated_at = now()",
                cycleId,
                innovationId,
                measureId,
                level,
                evidenceId,
                carried,
                by));
  }

  public boolean enter(UUID cycleId, UUID innovationId, boolean carried, String by) {
    return jdbc.call(
            c ->
                update(
                    c,
                    "insert into index_entry (cycle_id, innovation_id, carried, entered_by)"
                        + " values (?, ?, ?, ?) on conflict do nothing",
                    cycleId,
                    innovationId,
                    carried,
                    by))
        > 0;
  }

  public boolean isEntered(UUID cycleId, UUID innovationId) {
    return jdbc.call(
        c -> {
          try (PreparedStatement s =
              c.prepareStatement(
                  "select 1 from index_entry where cycle_id = ? and innovation_id = ?")) {
            s.setObject(1, cycleId);
            s.setObject(2, innovationId);
            try (ResultSet r = s.executeQuery()) {
              return r.next();
            }
          }
        });
  }

  /** The cycles (years) an innovation is entered in. */
  public List<Integer> cyclesOf(UUID innovationId) {
    return jdbc.call(
        c -> {
          List<Integer> years = new ArrayList<>();
          try (PreparedStatement s =
              c.prepareStatement(
                  "select y.year from index_entry e join index_cycle y on y.id = e.cycle_id"
                      + " where e.innovation_id = ? order by y.year")) {
            s.setObject(1, innovationId);
            try (ResultSet r = s.executeQuery()) {
              while (r.next()) {
                years.add(r.getInt(1));
              }
            }
          }
          return years;
        });
  }

  public List<ChoiceRow> regionChoices(UUID cycleId) {
    return choices(
        "select null::uuid, c.measure_id, c.level, c.evidence_id, e.title, e.innovation_id,"
            + " e.indicator_id, c.carried from index_region_choice c left join evidence e on e.id"
            + " = c.evidence_id where c.cycle_id = ? order by c.measure_id",
        cycleId);
  }

  public List<ChoiceRow> innovationChoices(UUID cycleId) {
    return choices(
        "select c.innovation_id, c.measure_id, c.level, c.evidence_id, e.title, e.innovation_id,"
            + " e.indicator_id, c.carried from index_innovation_choice c left join evidence e on"
            + " e.id = c.evidence_id where c.cycle_id = ? order by c.innovation_id, c.measure_id",
        cycleId);
  }

  /**
   * The innovations entered in the cycle with the profile facts the index reads (affairs,
   * application date, narrative length, video, the required fields left empty), by name.
   */
  public List<EntryRow> entries(UUID cycleId) {
    return jdbc.call(
        c -> {
          List<EntryRow> rows = new ArrayList<>();
          try (PreparedStatement s =
              c.prepareStatement(
                  "select i.id, i.name, i.work_unit_id, w.name, i.primary_affair,"
                      + " array(select a.affair_code from innovation_affair a where"
                      + " a.innovation_id = i.id order by a.affair_code),"
                      + " i.application_date, i.narrative_words, i.video_url,"
                      + " array_remove(array[case when i.goals is null then 'goals' end,"
                      + " case when i.benefits is null then 'benefits' end,"
                      + " case when i.results is null then 'results' end,"
                      + " case when i.key_changes is null then 'keyChanges' end,"
                      + " case when i.application_date is null then 'applicationDate' end],"
                      + " null), x.carried,"
                      + " (select count(*) from index_entry o where o.innovation_id = i.id)"
                      + " from index_entry x join innovation i on i.id = x.innovation_id"
                      + " join work_unit w on w.id = i.work_unit_id"
                      + " where x.cycle_id = ? order by lower(i.name), i.id")) {
            s.setObject(1, cycleId);
            try (ResultSet r = s.executeQuery()) {
              while (r.next()) {
                Date applied = r.getDate(7);
                rows.add(
                    new EntryRow(
                        r.getObject(1, UUID.class),
                        r.getString(2),
                        r.getObject(3, UUID.class),
                        r.getString(4),
                        r.getString(5),
                        strings(r.getArray(6)),
                        applied == null ? null : applied.toLocalDate(),
                        r.getInt(8),
                        r.getString(9),
                        strings(r.getArray(10)),
                        r.getBoolean(11),
                        r.getInt(12)));
              }
            }
          }
          return rows;
        });
  }

  /** An evidence item of this tenant with at least one file, if there is one. */
  public Optional<EvidenceRow> evidence(UUID evidenceId) {
    return jdbc.call(
        c -> {
          try (PreparedStatement s =
              c.prepareStatement(
                  "select e.id, e.innovation_id, e.indicator_id, e.title from evidence e where"
                      + " e.id = ? and exists (select 1 from evidence_version v where"
                      + " v.evidence_id = e.id)")) {
            s.setObject(1, evidenceId);
            try (ResultSet r = s.executeQuery()) {
              return r.next()
                  ? Optional.of(
                      new EvidenceRow(
                          r.getObject(1, UUID.class),
                          r.getObject(2, UUID.class),
                          r.getString(3),
                          r.getString(4)))
                  : Optional.empty();
            }
          }
        });
  }

  /** The id of the innovation of that name (the first by work unit), for the demo seed. */
  public Optional<UUID> innovationNamed(String name) {
    return jdbc.call(
        c -> {
          try (PreparedStatement s =
              c.prepareStatement(
                  "select id from innovation where lower(name) = lower(?) order by work_unit_id"
                      + " limit 1")) {
            s.setString(1, name);
            try (ResultSet r = s.executeQuery()) {
              return r.next() ? Optional.of(r.getObject(1, UUID.class)) : Optional.empty();
            }
          }
        });
  }

  /** The evidence item of that title on that innovation (or region, innovation null). */
  public Optional<UUID> evidenceTitled(UUID innovationId, String title) {
    return jdbc.call(
        c -> {
          try (PreparedStatement s =
              c.prepareStatement(
                  "select id from evidence where innovation_id is not distinct from ? and"
                      + " title_key = lower(?) limit 1")) {
            s.setObject(1, innovationId);
            s.setString(2, title);
            try (ResultSet r = s.executeQuery()) {
              return r.next() ? Optional.of(r.getObject(1, UUID.class)) : Optional.empty();
            }
          }
        });
  }

  /** Someone a work unit's readiness mail goes to. */
  public record Recipient(String username, String name, String email) {}

  /**
   * The active members with an address who belong to the work unit: its members and the members of
   * its teams, each once.
   */
  public List<Recipient> recipientsOf(UUID workUnitId) {
    return jdbc.call(
        c -> {
          List<Recipient> rows = new ArrayList<>();
          try (PreparedStatement s =
              c.prepareStatement(
                  "select m.username, coalesce(m.display_name, m.username), m.email"
                      + " from membership m where m.status = 'ACTIVE' and m.email is not null"
                      + " and (m.work_unit_id = ? or m.id in (select tm.membership_id from"
                      + " team_member tm join team t on t.id = tm.team_id where t.work_unit_id"
                      + " = ?)) order by m.username")) {
            s.setObject(1, workUnitId);
            s.setObject(2, workUnitId);
            try (ResultSet r = s.executeQuery()) {
              while (r.next()) {
                rows.add(new Recipient(r.getString(1), r.getString(2), r.getString(3)));
              }
            }
          }
          return rows;
        });
  }

  private List<ChoiceRow> choices(String sql, UUID cycleId) {
    return jdbc.call(
        c -> {
          List<ChoiceRow> rows = new ArrayList<>();
          try (PreparedStatement s = c.prepareStatement(sql)) {
            s.setObject(1, cycleId);
            try (ResultSet r = s.executeQuery()) {
              while (r.next()) {
                rows.add(
                    new ChoiceRow(
                        r.getObject(1, UUID.class),
                        r.getString(2),
                        r.getInt(3),
                        r.getObject(4, UUID.class),
                        r.getString(5),
                        r.getObject(6, UUID.class),
                        r.getString(7),
                        r.getBoolean(8)));
              }
            }
          }
          return rows;
        });
  }

  private static CycleRow cycle(ResultSet r) throws SQLException {
    Date from = r.getDate(5);
    Date to = r.getDate(6);
    int carried = r.getInt(9);
    Integer carriedFrom = r.wasNull() ? null : carried;
    return new CycleRow(
        r.getObject(1, UUID.class),
        r.getInt(2),
        r.getString(3),
        r.getString(4),
        from == null ? null : from.toLocalDate(),
        to == null ? null : to.toLocalDate(),
        r.getString(7),
        r.getObject(8, OffsetDateTime.class),
        carriedFrom,
        r.getLong(10));
  }

  private static int update(Connection c, String sql, Object... args) throws SQLException {
    try (PreparedStatement s = c.prepareStatement(sql)) {
      for (int i = 0; i < args.length; i++) {
        s.setObject(i + 1, args[i]);
      }
      return s.executeUpdate();
    }
  }

  private static Date date(LocalDate d) {
    return d == null ? null : Date.valueOf(d);
  }

  private static List<String> strings(Array array) throws SQLException {
    if (array == null) {
      return List.of();
    }
    return Arrays.stream((Object[]) array.getArray()).map(String::valueOf).toList();
  }
}
