package id.klik.innovation.domain;

import id.klik.shared.domain.FieldProblem;
import id.klik.shared.domain.ValidationException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * What the portfolio list is narrowed to: words to search in both languages, and filters. Values
 * within one filter are alternatives (stage inisiatif or uji-coba); different filters all apply.
 * Empty sets and a null {@code shared} do not filter.
 *
 * @param text words to search, or null; read as a web search (quotes for phrases, {@code -} to
 *     exclude) in Bahasa Indonesia and in English
 * @param years the year of the application date, else of the trial date
 */
public record InnovationFilter(
    String text,
    Set<String> stages,
    Set<String> kinds,
    Set<String> forms,
    Set<String> affairs,
    Set<UUID> workUnitIds,
    Set<UUID> teamIds,
    Set<Integer> years,
    Set<String> statuses,
    Boolean shared) {

  public static final int MAX_TEXT = 200;
  public static final int MIN_YEAR = 1945;
  public static final int MAX_YEAR = 2100;

  public static final InnovationFilter NONE =
      new InnovationFilter(
          null, Set.of(), Set.of(), Set.of(), Set.of(), Set.of(), Set.of(), Set.of(), Set.of(),
          null);

  /** Every innovation of one team. */
  public static InnovationFilter ofTeam(UUID team) {
    return new InnovationFilter(
        null,
        Set.of(),
        Set.of(),
        Set.of(),
        Set.of(),
        Set.of(),
        Set.of(team),
        Set.of(),
        Set.of(),
        null);
  }

  public InnovationFilter {
    text = text == null || text.isBlank() ? null : text.strip();
    stages = Set.copyOf(stages);
    kinds = Set.copyOf(kinds);
    forms = Set.copyOf(forms);
    affairs = Set.copyOf(affairs);
    workUnitIds = Set.copyOf(workUnitIds);
    teamIds = Set.copyOf(teamIds);
    years = Set.copyOf(years);
    statuses = Set.copyOf(statuses);
  }

  /** The parameters as a caller wrote them (query string, page form); null or empty: no filter. */
  public record Raw(
      String q,
      List<String> stage,
      List<String> kind,
      List<String> form,
      List<String> affair,
      List<String> workUnit,
      List<String> team,
      List<String> year,
      List<String> status,
      String shared) {}

  /**
   * Reads and checks the parameters; every problem at once, each naming its parameter and the value
   * that is wrong.
   *
   * @param knownAffair whether an affair code exists (the master list)
   * @param workUnitByCode a work unit's id by its code, for callers that name units by code
   */
  public static InnovationFilter parse(
      Raw raw, Predicate<String> knownAffair, Function<String, Optional<UUID>> workUnitByCode) {
    List<FieldProblem> problems = new ArrayList<>();
    String text = raw.q();
    if (text != null && text.strip().length() > MAX_TEXT) {
      problems.add(FieldProblem.of("q", "innovation.search.textTooLong", MAX_TEXT));
    }
    Set<String> stages =
        codes("stage", raw.stage(), ProfileCodes.STAGES::contains, ProfileCodes.STAGES, problems);
    Set<String> kinds =
        codes("kind", raw.kind(), ProfileCodes.KINDS::contains, ProfileCodes.KINDS, problems);
    Set<String> forms =
        codes("form", raw.form(), ProfileCodes.FORMS::contains, ProfileCodes.FORMS, problems);
    Set<String> statuses =
        codes(
            "status",
            raw.status(),
            ProfileCodes.STATUSES::contains,
            ProfileCodes.STATUSES,
            problems);
    Set<String> affairs = new LinkedHashSet<>();
    for (String a : values(raw.affair())) {
      String code = a.toLowerCase(Locale.ROOT);
      if (knownAffair.test(code)) {
        affairs.add(code);
      } else {
        problems.add(FieldProblem.of("affair", "innovation.search.affairUnknown", a));
      }
    }
    Set<UUID> units = new LinkedHashSet<>();
    for (String u : values(raw.workUnit())) {
      Optional<UUID> id = uuid(u).or(() -> workUnitByCode.apply(u));
      id.ifPresentOrElse(
          units::add,
          () -> problems.add(FieldProblem.of("workUnit", "innovation.search.workUnitUnknown", u)));
    }
    Set<UUID> teams = new LinkedHashSet<>();
    for (String t : values(raw.team())) {
      uuid(t)
          .ifPresentOrElse(
              teams::add,
              () -> problems.add(FieldProblem.of("team", "innovation.search.teamInvalid", t)));
    }
    Set<Integer> years = new LinkedHashSet<>();
    for (String y : values(raw.year())) {
      Integer year = year(y);
      if (year == null) {
        problems.add(
            FieldProblem.of(
                "year",
                "innovation.search.yearInvalid",
                y,
                String.valueOf(MIN_YEAR),
                String.valueOf(MAX_YEAR)));
      } else {
        years.add(year);
      }
    }
    Boolean shared = null;
    if (raw.shared() != null && !raw.shared().isBlank()) {
      String s = raw.shared().strip().toLowerCase(Locale.ROOT);
      if (s.equals("true") || s.equals("false")) {
        shared = Boolean.valueOf(s);
      } else {
        problems.add(FieldProblem.of("shared", "innovation.search.sharedInvalid", raw.shared()));
      }
    }
    if (!problems.isEmpty()) {
      throw new ValidationException(problems);
    }
    return new InnovationFilter(
        text, stages, kinds, forms, affairs, units, teams, years, statuses, shared);
  }

  /** Whether anything narrows the list (words or a filter). */
  public boolean narrows() {
    return text != null
        || !stages.isEmpty()
        || !kinds.isEmpty()
        || !forms.isEmpty()
        || !affairs.isEmpty()
        || !workUnitIds.isEmpty()
        || !teamIds.isEmpty()
        || !years.isEmpty()
        || !statuses.isEmpty()
        || shared != null;
  }

  private static Set<String> codes(
      String field,
      List<String> raw,
      Predicate<String> known,
      List<String> allowed,
      List<FieldProblem> problems) {
    Set<String> out = new LinkedHashSet<>();
    for (String v : values(raw)) {
      String code = v.toLowerCase(Locale.ROOT);
      if (known.test(code)) {
        out.add(code);
      } else {
        problems.add(
            FieldProblem.of(
                field, "innovation.search.codeUnknown", field, v, String.join(", ", allowed)));
      }
    }
    return out;
  }

  /** Non-blank values; a value may also list several, separated by commas. */
  static List<String> values(List<String> raw) {
    List<String> out = new ArrayList<>();
    if (raw == null) {
      return out;
    }
    for (String v : raw) {
      if (v == null) {
        continue;
      }
      for (String part : v.split(",")) {
        if (!part.isBlank()) {
          out.add(part.strip());
        }
      }
    }
    return out;
  }

  private static Optional<UUID> uuid(String s) {
    if (s.length() != 36) {
      return Optional.empty();
    }
    try {
      return Optional.of(UUID.fromString(s));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  private static Integer year(String s) {
    if (!s.matches("\\d{4}")) {
      return null;
    }
    int y = Integer.parseInt(s);
    return y < MIN_YEAR || y > MAX_YEAR ? null : y;
  }
}
