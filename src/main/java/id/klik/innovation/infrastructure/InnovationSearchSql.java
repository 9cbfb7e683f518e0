package id.klik.innovation.infrastructure;

import id.klik.innovation.domain.InnovationFilter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * The portfolio's search as SQL, in one place: the page of hits, their total, the counts per filter
 * value (facets) and the export's rows. Words are matched in both languages ({@code indonesian} and
 * {@code english} text search, read as a web search) and ranked by the sum of both ranks. Plain
 * Java, so the statements can be tested and benchmarked without the app.
 *
 * <p>A facet counts the hits of the current words and of every other filter, not its own: a choice
 * within one filter shows how many each alternative would give.
 */
public final class InnovationSearchSql {

  /** The filters that have facets, as their values are named in the API. */
  public static final List<String> FACETS =
      List.of("stage", "kind", "form", "affair", "workUnit", "team", "year", "status", "shared");

  private static final String YEAR =
      "extract(year from coalesce(i.application_date, i.trial_date))::int";
  private static final String QUERIES =
      ", websearch_to_tsquery('indonesian', ?) qi, websearch_to_tsquery('english', ?) qe";
  private static final String MATCH = "(i.search_id @@ qi or i.search_en @@ qe)";
  static final String ROW_COLUMNS =
      "i.id, i.name, i.work_unit_id, i.team_id, i.stage, i.kind, i.form, i.initiator,"
          + " i.primary_affair, i.trial_date, i.application_date, i.budget_amount, i.status,"
          + " i.shared, i.narrative_words, i.updated_at, left(i.goals, 240) as summary";
  static final String EXPORT_COLUMNS =
      "i.id, i.name, i.work_unit_id, i.team_id, i.stage, i.kind, i.form, i.initiator,"
          + " i.primary_affair, (select string_agg(a.affair_code, ';' order by a.affair_code)"
          + " from innovation_affair a where a.innovation_id = i.id) as other_affairs,"
          + " i.trial_date, i.application_date, i.budget_amount, i.goals, i.benefits, i.results,"
          + " i.design_narrative, i.key_changes, i.beneficiaries, i.video_url, i.status, i.shared,"
          + " i.narrative_words";

  private InnovationSearchSql() {}

  /** One page of hits: best rank first when words are given, else by name. */
  public static SqlQuery page(InnovationFilter f, int page, int size) {
    List<Object> params = new ArrayList<>();
    StringBuilder sql = new StringBuilder("select ").append(ROW_COLUMNS);
    sql.append(f.text() != null ? ", ts_rank(i.search_id, qi) + ts_rank(i.search_en, qe)" : ", 0");
    sql.append(" as rank");
    from(sql, params, f);
    where(sql, params, f, null);
    sql.append(
        f.text() != null
            ? " order by rank desc, lower(i.name), i.id"
            : " order by lower(i.name), i.id");
    sql.append(" limit ? offset ?");
    params.add(size);
    params.add((long) Math.max(0, page) * size);
    return new SqlQuery(sql.toString(), params);
  }

  public static SqlQuery count(InnovationFilter f) {
    List<Object> params = new ArrayList<>();
    StringBuilder sql = new StringBuilder("select count(*)");
    from(sql, params, f);
    where(sql, params, f, null);
    return new SqlQuery(sql.toString(), params);
  }

  /** Every hit with every column of the spreadsheet, for streaming: by name. */
  public static SqlQuery export(InnovationFilter f) {
    List<Object> params = new ArrayList<>();
    StringBuilder sql = new StringBuilder("select ").append(EXPORT_COLUMNS);
    from(sql, params, f);
    where(sql, params, f, null);
    sql.append(" order by lower(i.name), i.id");
    return new SqlQuery(sql.toString(), params);
  }

  /**
   * Counts per value of every facet in one statement: rows of (facet, value, count). The hits of
   * the words are computed once, with a flag per active filter; each facet counts the rows that
   * pass every flag but its own.
   */
  public static SqlQuery facets(InnovationFilter f) {
    List<Object> params = new ArrayList<>();
    StringBuilder sql =
        new StringBuilder(
            "with hits as (select i.id, i.stage, i.kind, i.form, i.primary_affair,"
                + " i.work_unit_id, i.team_id, i.status, i.shared, "
                + YEAR
                + " as year");
    List<String> active = new ArrayList<>();
    for (String facet : FACETS) {
      String condition = condition(facet, f, params);
      if (condition != null) {
        sql.append(", ").append(condition).append(" as f_").append(facet.toLowerCase());
        active.add(facet);
      }
    }
    // the flags' parameters come before the words' (in the from clause), as in the text
    from(sql, params, f);
    if (f.text() != null) {
      sql.append(" where ").append(MATCH);
    }
    sql.append(")");
    List<String> parts = new ArrayList<>();
    for (String facet : FACETS) {
      String others =
          active.stream()
              .filter(a -> !a.equals(facet))
              .map(a -> "h.f_" + a.toLowerCase())
              .reduce((a, b) -> a + " and " + b)
              .orElse("true");
      parts.add(facetSelect(facet, others));
    }
    sql.append(" ").append(String.join(" union all ", parts));
    return new SqlQuery(sql.toString(), params);
  }

  private static final Map<String, String> FACET_VALUE =
      Map.of(
          "stage", "h.stage",
          "kind", "h.kind",
          "form", "h.form",
          "workUnit", "h.work_unit_id::text",
          "team", "h.team_id::text",
          "year", "h.year::text",
          "status", "h.status",
          "shared", "h.shared::text");

  private static String facetSelect(String facet, String where) {
    if (facet.equals("affair")) {
      return "select 'affair', x.code, count(distinct h.id) from hits h cross join lateral"
          + " (select h.primary_affair as code union select a.affair_code from innovation_affair a"
          + " where a.innovation_id = h.id) x where "
          + where
          + " group by x.code";
    }
    String value = FACET_VALUE.get(facet);
    return "select '"
        + facet
        + "', "
        + value
        + ", count(*) from hits h where "
        + where
        + " and "
        + value
        + " is not null group by "
        + value;
  }

  private static void from(StringBuilder sql, List<Object> params, InnovationFilter f) {
    sql.append(" from innovation i");
    if (f.text() != null) {
      sql.append(QUERIES);
      params.add(f.text());
      params.add(f.text());
    }
  }

  /** The words and every filter but {@code except}. */
  private static void where(
      StringBuilder sql, List<Object> params, InnovationFilter f, String except) {
    List<String> conditions = new ArrayList<>();
    if (f.text() != null) {
      conditions.add(MATCH);
    }
    for (String facet : FACETS) {
      if (!facet.equals(except)) {
        String c = condition(facet, f, params);
        if (c != null) {
          conditions.add(c);
        }
      }
    }
    if (!conditions.isEmpty()) {
      sql.append(" where ").append(String.join(" and ", conditions));
    }
  }

  /** The SQL of one filter (its parameters added), or null when it does not filter. */
  static String condition(String facet, InnovationFilter f, List<Object> params) {
    return switch (facet) {
      case "stage" -> in("i.stage", f.stages(), params);
      case "kind" -> in("i.kind", f.kinds(), params);
      case "form" -> in("i.form", f.forms(), params);
      case "status" -> in("i.status", f.statuses(), params);
      case "workUnit" -> in("i.work_unit_id", f.workUnitIds(), params);
      case "team" -> in("i.team_id", f.teamIds(), params);
      case "year" -> in(YEAR, f.years(), params);
      case "shared" -> {
        if (f.shared() == null) {
          yield null;
        }
        params.add(f.shared());
        yield "i.shared = ?";
      }
      case "affair" -> {
        if (f.affairs().isEmpty()) {
          yield null;
        }
        String primary = in("i.primary_affair", f.affairs(), params);
        String other = in("a.affair_code", f.affairs(), params);
        yield "("
            + primary
            + " or exists (select 1 from innovation_affair a where a.innovation_id = i.id and "
            + other
            + "))";
      }
      default -> throw new IllegalArgumentException(facet);
    };
  }

  private static String in(String column, Collection<?> values, List<Object> params) {
    if (values.isEmpty()) {
      return null;
    }
    List<Object> sorted =
        values.stream()
            .map(v -> (Object) v)
            .sorted(java.util.Comparator.comparing(String::valueOf))
            .toList();
    params.addAll(sorted);
    return column
        + " in ("
        + String.join(", ", java.util.Collections.nCopies(sorted.size(), "?"))
        + ")";
  }
}
