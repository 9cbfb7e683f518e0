package id.klik.review.application;

import id.klik.guideline.domain.ProgramBody;
import id.klik.identity.application.Permissions;
import id.klik.identity.domain.Permission;
import id.klik.organization.application.WorkUnitDirectory;
import id.klik.people.application.TeamDirectory;
import id.klik.review.domain.Competition;
import id.klik.review.domain.CompetitionRules;
import id.klik.review.domain.ConflictOfInterest;
import id.klik.review.domain.EntryScore;
import id.klik.review.domain.FinalistSelection;
import id.klik.review.domain.PanelRanking;
import id.klik.review.domain.RankedEntry;
import id.klik.review.domain.Registration;
import id.klik.review.domain.RegistrationStatus;
import id.klik.review.domain.Review;
import id.klik.review.domain.ReviewScores;
import id.klik.review.domain.ReviewStage;
import id.klik.review.domain.ReviewStatus;
import id.klik.review.domain.RubricSheet;
import id.klik.review.infrastructure.CompetitionRepository;
import id.klik.review.infrastructure.ReviewRepository;
import id.klik.shared.audit.AuditTrail;
import id.klik.shared.domain.ConflictException;
import id.klik.shared.domain.LocalizedText;
import id.klik.shared.domain.Messages;
import id.klik.shared.domain.NotFoundException;
import id.klik.shared.domain.ValidationException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Panel judging: assigning reviewers to every accepted registration (or to the finalists for the
 * presentations), the ranking, choosing finalists by the blueprint's rule. Organisers only.
 */
@ApplicationScoped
public class JudgingService {

  @Inject CompetitionRepository competitions;
  @Inject ReviewRepository reviews;
  @Inject CompetitionService competitionService;
  @Inject ReviewService reviewService;
  @Inject Rubrics rubrics;
  @Inject Permissions permissions;
  @Inject TeamDirectory teams;
  @Inject WorkUnitDirectory workUnits;
  @Inject AuditTrail audit;

  /**
   * Gives each reviewer a sheet for every accepted registration (panel) or every finalist
   * (presentation); reviewers with a conflict of interest get an excluded sheet instead.
   */
  @Transactional
  public AssignmentResult assign(UUID competitionId, String stageName, List<String> reviewers) {
    permissions.require(Permission.COMPETITIONS_ADMINISTER);
    ReviewStage stage = stage(stageName);
    if (reviewers == null || reviewers.isEmpty()) {
      throw ValidationException.of("reviewers", "review.reviewers.required");
    }
    Competition c = competitions.lock(competitionId).orElseThrow(() -> notFound(competitionId));
    if (stage == ReviewStage.PANEL) {
      c.startJudging();
    } else if (c.status() != id.klik.review.domain.CompetitionStatus.FINALISTS) {
      throw new ConflictException("competition.status.wrong", c.status().name());
    }
    List<Registration> entries = entries(c, stage);
    int sheets = 0;
    List<AssignmentResult.Exclusion> excluded = new ArrayList<>();
    for (String reviewer : reviewers) {
      for (Registration r : entries) {
        Review sheet =
            reviewService.assign(
                r.proposalId(),
                c.id(),
                r.id(),
                stage,
                c.rubricRef(),
                reviewer,
                c.blind(),
                new ConflictOfInterest.Entrant(r.workUnitId(), r.teamId()));
        sheets++;
        if (sheet.status() == ReviewStatus.EXCLUDED) {
          excluded.add(
              new AssignmentResult.Exclusion(
                  r.id(), sheet.id(), sheet.reviewer(), sheet.exclusion().name()));
        }
      }
    }
    audit.record("ASSIGN", CompetitionService.ENTITY, c.id(), stage + " " + reviewers);
    return new AssignmentResult(sheets, excluded);
  }

  @Transactional
  public RankingView ranking(UUID competitionId, String stageName, Locale locale) {
    permissions.require(Permission.COMPETITIONS_ADMINISTER);
    Competition c = competitions.find(competitionId).orElseThrow(() -> notFound(competitionId));
    return ranking(c, stage(stageName), locale);
  }

  /** Marks the finalists by the blueprint's rule, from the panel's ranking. */
  @Transactional
  public FinalistsView chooseFinalists(UUID competitionId) {
    permissions.require(Permission.COMPETITIONS_ADMINISTER);
    Competition c = competitions.lock(competitionId).orElseThrow(() -> notFound(competitionId));
    c.chooseFinalists();
    CompetitionRules rules = competitionService.rules(c);
    List<RankedEntry> ranked = rank(c, rules, ReviewStage.PANEL);
    FinalistSelection.Result result = FinalistSelection.select(ranked, rules.finalists());
    Set<UUID> chosen = Set.copyOf(result.finalists());
    Map<UUID, Integer> ranks = new HashMap<>();
    ranked.forEach(e -> ranks.put(e.entryId(), e.rank()));
    for (Registration r : competitions.registrations(c.id())) {
      r.markFinalist(chosen.contains(r.id()));
      r.finalRank(ranks.get(r.id()));
    }
    audit.record("FINALISTS", CompetitionService.ENTITY, c.id(), chosen.size() + " finalists");
    return new FinalistsView(result.finalists(), result.tieAtCut());
  }

  RankingView ranking(Competition c, ReviewStage stage, Locale locale) {
    CompetitionRules rules = competitionService.rules(c);
    RubricSheet sheet = RubricSheet.of(rubrics.rubric(c.rubricRef()));
    List<Registration> entries = entries(c, stage);
    Map<UUID, Registration> byId =
        entries.stream().collect(Collectors.toMap(Registration::id, Function.identity()));
    List<Review> sheets = reviews.ofCompetition(c.id(), stage);
    Map<UUID, Review> sheetById =
        sheets.stream().collect(Collectors.toMap(Review::id, Function.identity()));
    Map<UUID, Long> excludedCount =
        sheets.stream()
            .filter(s -> !s.counts())
            .collect(Collectors.groupingBy(Review::registrationId, Collectors.counting()));
    List<RankedEntry> ranked = rank(c, rules, stage, entries, sheets, sheet);
    Map<UUID, String> teamNames = new HashMap<>();
    teams.all().forEach(t -> teamNames.put(t.id(), t.name()));
    Map<UUID, WorkUnitDirectory.Unit> units =
        workUnits.byIds(
            entries.stream().map(Registration::workUnitId).filter(x -> x != null).toList());
    Map<String, List<RankingView.Row>> rows = new LinkedHashMap<>();
    for (RankedEntry e : ranked) {
      Registration r = byId.get(e.entryId());
      EntryScore s = e.entry();
      String key = rules.rankCategoriesSeparately() ? String.valueOf(r.category()) : "*";
      rows.computeIfAbsent(key, k -> new ArrayList<>())
          .add(
              new RankingView.Row(
                  r.id(),
                  r.proposalId(),
                  r.title(),
                  teamNames.get(r.teamId()),
                  units.containsKey(r.workUnitId()) ? units.get(r.workUnitId()).name() : null,
                  e.rank(),
                  s.score() == null ? null : round(s.score()),
                  s.counted(),
                  s.reviewerScores().stream().map(JudgingService::round).toList(),
                  s.incomplete().stream()
                      .map(
                          i ->
                              new RankingView.Incomplete(
                                  i.reviewId(),
                                  sheetById.get(i.reviewId()).reviewer(),
                                  i.missing()))
                      .toList(),
                  excludedCount.getOrDefault(r.id(), 0L).intValue(),
                  round(s.spread()),
                  s.spreadAlert(),
                  e.tiedWith(),
                  e.decidedBy(),
                  e.sharedRank(),
                  tieNote(e, locale),
                  r.finalist()));
    }
    Map<String, LocalizedText> titles = new HashMap<>();
    rules.categories().forEach(k -> titles.put(k.id(), k.title()));
    List<RankingView.Category> categories = new ArrayList<>();
    rows.forEach((k, v) -> categories.add(new RankingView.Category(k, titles.get(k), v)));
    return new RankingView(
        c.id(),
        stage.name(),
        rules.rankCategoriesSeparately(),
        rules.spreadThreshold(),
        Messages.get(locale, "ranking.tieRule", String.join(", ", sheet.criteriaByWeight())),
        sheet.criteriaByWeight(),
        categories);
  }

  List<RankedEntry> rank(Competition c, CompetitionRules rules, ReviewStage stage) {
    RubricSheet sheet = RubricSheet.of(rubrics.rubric(c.rubricRef()));
    return rank(c, rules, stage, entries(c, stage), reviews.ofCompetition(c.id(), stage), sheet);
  }

  private static List<RankedEntry> rank(
      Competition c,
      CompetitionRules rules,
      ReviewStage stage,
      List<Registration> entries,
      List<Review> sheets,
      RubricSheet sheet) {
    Map<UUID, List<ReviewScores>> byEntry = new HashMap<>();
    for (Review s : sheets) {
      if (s.counts()) {
        byEntry
            .computeIfAbsent(s.registrationId(), k -> new ArrayList<>())
            .add(new ReviewScores(s.id(), s.scoreMap()));
      }
    }
    List<PanelRanking.Entry> panel =
        entries.stream()
            .map(
                r ->
                    new PanelRanking.Entry(
                        r.id(), r.category(), byEntry.getOrDefault(r.id(), List.of())))
            .toList();
    return PanelRanking.rank(sheet, rules, panel);
  }

  /** The accepted registrations (panel), or the finalists (presentations). */
  List<Registration> entries(Competition c, ReviewStage stage) {
    return competitions.registrations(c.id()).stream()
        .filter(r -> r.status() == RegistrationStatus.ACCEPTED)
        .filter(r -> stage != ReviewStage.PRESENTATION || r.finalist())
        .toList();
  }

  private static String tieNote(RankedEntry e, Locale locale) {
    if (!e.tied()) {
      return null;
    }
    return e.sharedRank()
        ? Messages.get(locale, "ranking.tie.shared")
        : Messages.get(locale, "ranking.tie.decided", e.decidedBy());
  }

  static ReviewStage stage(String name) {
    if (name == null || name.isBlank()) {
      return ReviewStage.PANEL;
    }
    try {
      ReviewStage s = ReviewStage.valueOf(name.strip().toUpperCase(Locale.ROOT));
      if (s == ReviewStage.PROPOSAL) {
        throw new IllegalArgumentException();
      }
      return s;
    } catch (IllegalArgumentException e) {
      throw ValidationException.of("stage", "review.stage.unknown", name);
    }
  }

  static double round(double v) {
    return Math.round(v * 100.0) / 100.0;
  }

  private static NotFoundException notFound(UUID id) {
    return new NotFoundException(CompetitionService.ENTITY, id);
  }

  /** The blueprint's categories, for pages. */
  @Transactional
  public List<ProgramBody.Category> categories(UUID competitionId) {
    return competitionService.rules(competitionId).categories();
  }
}
