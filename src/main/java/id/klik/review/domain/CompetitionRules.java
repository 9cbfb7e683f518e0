package id.klik.review.domain;

import id.klik.guideline.domain.ProgramBody;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A competition's rules from its program blueprint, with defaults where the blueprint is silent: a
 * spread alert at 20 points on 100, one ranking, no checklist, and ten finalists.
 */
public record CompetitionRules(
    double spreadThreshold,
    boolean rankCategoriesSeparately,
    List<ProgramBody.Category> categories,
    FinalistRule finalists,
    List<ProgramBody.Output> checklist,
    List<ProgramBody.Output> rejectionReasons) {

  public static final int DEFAULT_FINALISTS = 10;

  public CompetitionRules {
    categories = List.copyOf(categories);
    checklist = List.copyOf(checklist);
    rejectionReasons = List.copyOf(rejectionReasons);
  }

  public static CompetitionRules of(ProgramBody program) {
    ProgramBody.Competition c = program == null ? null : program.competition();
    if (c == null) {
      return new CompetitionRules(
          ScoreAggregation.DEFAULT_SPREAD_THRESHOLD,
          false,
          List.of(),
          new FinalistRule(Map.of(), DEFAULT_FINALISTS, null),
          List.of(),
          List.of());
    }
    boolean separately =
        Boolean.TRUE.equals(c.rankCategoriesSeparately()) && !c.categories().isEmpty();
    Map<String, Integer> perCategory = new LinkedHashMap<>();
    if (separately) {
      c.categories()
          .forEach(k -> perCategory.put(k.id(), k.finalists() == null ? 0 : k.finalists()));
    }
    Integer total =
        c.finalists() != null
            ? c.finalists()
            : (separately || c.minimumScore() != null ? null : DEFAULT_FINALISTS);
    Double minimum = c.minimumScore() == null ? null : c.minimumScore().doubleValue();
    return new CompetitionRules(
        c.spreadThreshold() == null
            ? ScoreAggregation.DEFAULT_SPREAD_THRESHOLD
            : c.spreadThreshold().doubleValue(),
        separately,
        c.categories(),
        new FinalistRule(perCategory, total, minimum),
        c.screening() == null ? List.of() : c.screening().checklist(),
        c.screening() == null ? List.of() : c.screening().rejectionReasons());
  }

  /** The category whose work-unit kinds include this kind (e.g. {@code KELURAHAN}). */
  public Optional<String> categoryFor(String workUnitKind) {
    if (workUnitKind == null) {
      return Optional.empty();
    }
    String kind = workUnitKind.toLowerCase(Locale.ROOT);
    return categories.stream()
        .filter(k -> k.workUnitKinds().contains(kind))
        .map(ProgramBody.Category::id)
        .findFirst();
  }

  public List<String> categoryOrder() {
    return categories.stream().map(ProgramBody.Category::id).toList();
  }

  public boolean knowsCategory(String id) {
    return categories.stream().anyMatch(k -> k.id().equals(id));
  }

  public boolean knowsRejectionReason(String id) {
    return rejectionReasons.stream().anyMatch(r -> r.id().equals(id));
  }

  public boolean knowsCheck(String id) {
    return checklist.stream().anyMatch(r -> r.id().equals(id));
  }
}
