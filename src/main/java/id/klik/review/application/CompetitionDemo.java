package id.klik.review.application;

import id.klik.identity.application.CurrentUser;
import id.klik.organization.application.WorkUnitDirectory;
import id.klik.proposal.application.ProposalDemo;
import id.klik.review.domain.Competition;
import id.klik.review.domain.CompetitionRules;
import id.klik.review.domain.ConflictOfInterest;
import id.klik.review.domain.CriterionScore;
import id.klik.review.domain.FinalistSelection;
import id.klik.review.domain.RankedEntry;
import id.klik.review.domain.Registration;
import id.klik.review.domain.RegistrationStatus;
import id.klik.review.domain.Review;
import id.klik.review.domain.ReviewStage;
import id.klik.review.domain.RubricSheet;
import id.klik.review.infrastructure.CompetitionRepository;
import id.klik.shared.audit.AuditTrail;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Pontianak's 2025 city competition as demo data: the proposals of {@link ProposalDemo} registered
 * in their work units' categories, screening done (a few rejected with the blueprint's reasons),
 * panel sheets of the three jurors scored, finalists chosen by the blueprint's rule; results not
 * published. Everything follows from the entries' names (a hash), so every run gives the same
 * competition; a tenant that has a demo competition is left alone. Written as "system".
 */
@ApplicationScoped
public class CompetitionDemo {

  public static final String PROGRAM = "pontianak-city-competition@2025.1";
  public static final String NAME = "Kompetisi Inovasi Kota Pontianak 2025 (demo)";
  public static final List<String> JURORS =
      List.of("juri1.pontianak", "juri2.pontianak", "juri3.pontianak");

  /** Entries per category meant to reach the final: the blueprint's 6 per category. */
  private static final int INTENDED_FINALISTS = 6;

  /** Rejected at screening per category (agencies/BUMD: 1, kelurahan/UPT: 2). */
  private static final Map<String, Integer> REJECTED =
      Map.of("agencies-bumd", 1, "kelurahan-upt", 2);

  @Inject CompetitionRepository competitions;
  @Inject ProposalDemo proposals;
  @Inject Rubrics rubrics;
  @Inject ReviewService reviewService;
  @Inject JudgingService judging;
  @Inject WorkUnitDirectory workUnits;
  @Inject CurrentUser currentUser;
  @Inject AuditTrail audit;

  /** Seeds it unless a demo competition exists; answers what it did. */
  @ActivateRequestContext
  @Transactional
  public String seed(List<ProposalDemo.Entry> entries) {
    if (competitions.all().stream().anyMatch(Competition::demo)) {
      return "a demo competition is there already";
    }
    List<ProposalDemo.Seeded> seeded = proposals.seed(entries);
    String actor = currentUser.actor();
    String rubric = rubrics.rubricOf(PROGRAM);
    CompetitionRules rules = CompetitionRules.of(rubrics.program(PROGRAM));
    RubricSheet sheet = RubricSheet.of(rubrics.rubric(rubric));
    Competition c =
        new Competition(
            NAME,
            PROGRAM,
            rubric,
            LocalDate.of(2025, 5, 5),
            LocalDate.of(2025, 6, 4),
            true,
            true,
            actor);
    competitions.store(c);

    Map<String, List<Registration>> byCategory = new LinkedHashMap<>();
    for (ProposalDemo.Seeded s : seeded) {
      String category =
          workUnits
              .kindOf(s.workUnitId())
              .flatMap(rules::categoryFor)
              .orElseThrow(() -> new IllegalStateException("no category for " + s.name()));
      Registration r =
          new Registration(
              c.id(),
              s.proposalId(),
              s.innovationId(),
              null,
              s.workUnitId(),
              s.name(),
              category,
              actor);
      competitions.store(r);
      byCategory.computeIfAbsent(category, k -> new ArrayList<>()).add(r);
    }

    c.startScreening();
    List<String> checklist = rules.checklist().stream().map(o -> o.id()).toList();
    List<String> reasons = rules.rejectionReasons().stream().map(o -> o.id()).toList();
    Set<UUID> intended = new HashSet<>();
    List<Registration> accepted = new ArrayList<>();
    for (var e : byCategory.entrySet()) {
      // a deterministic order of merit within the category: the first ones reach the final, the
      // last ones are rejected at screening
      List<Registration> ordered = new ArrayList<>(e.getValue());
      ordered.sort(
          Comparator.comparingInt((Registration r) -> hash(r.title()))
              .thenComparing(Registration::title));
      int rejected = REJECTED.getOrDefault(e.getKey(), 0);
      for (int i = 0; i < ordered.size(); i++) {
        Registration r = ordered.get(i);
        if (i >= ordered.size() - rejected) {
          String reason = reasons.get(i % reasons.size());
          r.reject(
              reason,
              checklist.subList(0, 1),
              "Data demo: " + reason + " pada seleksi administrasi.",
              actor);
        } else {
          r.accept(checklist, checklist, "Data demo: lengkap.", actor);
          accepted.add(r);
          if (i < INTENDED_FINALISTS) {
            intended.add(r.id());
          }
        }
      }
    }

    c.startJudging();
    int scored = 0;
    for (String juror : JURORS) {
      for (Registration r : accepted) {
        Review review =
            reviewService.assign(
                r.proposalId(),
                c.id(),
                r.id(),
                ReviewStage.PANEL,
                rubric,
                juror,
                c.blind(),
                new ConflictOfInterest.Entrant(r.workUnitId(), r.teamId()));
        if (review.counts()) {
          review.score(scores(sheet, r.title(), juror, intended.contains(r.id())), sheet, true);
          scored++;
        }
      }
    }
    competitions.flush();

    c.chooseFinalists();
    List<RankedEntry> ranked = judging.rank(c, rules, ReviewStage.PANEL);
    FinalistSelection.Result result = FinalistSelection.select(ranked, rules.finalists());
    Set<UUID> chosen = Set.copyOf(result.finalists());
    Map<UUID, Integer> ranks = new HashMap<>();
    ranked.forEach(e -> ranks.put(e.entryId(), e.rank()));
    for (Registration r : competitions.registrations(c.id())) {
      r.markFinalist(chosen.contains(r.id()));
      r.finalRank(r.status() == RegistrationStatus.ACCEPTED ? ranks.get(r.id()) : null);
    }
    audit.record(
        "SEED",
        CompetitionService.ENTITY,
        c.id(),
        "demo: "
            + seeded.size()
            + " registrations, "
            + scored
            + " sheets, "
            + chosen.size()
            + " finalists");
    return seeded.size() + " registrations, " + scored + " sheets, " + chosen.size() + " finalists";
  }

  /**
   * A juror's scores: an intended finalist gets 3 or 4 on every criterion, any other entry 1 to 3
   * with at most 2 on the first criterion, so every finalist's weighted score is above every other
   * entry's and the cut falls between them without a tie.
   */
  static List<CriterionScore> scores(
      RubricSheet sheet, String title, String juror, boolean finalist) {
    List<CriterionScore> out = new ArrayList<>();
    List<String> criteria = sheet.criteria();
    for (int i = 0; i < criteria.size(); i++) {
      int h = hash(title + "|" + juror + "|" + criteria.get(i));
      int score = finalist ? 3 + Math.floorMod(h, 2) : 1 + Math.floorMod(h, 3);
      if (!finalist && i == 0) {
        score = Math.min(score, 2);
      }
      out.add(
          new CriterionScore(
              criteria.get(i),
              BigDecimal.valueOf(score),
              i == 0 ? "Data demo: catatan juri untuk kriteria ini." : null));
    }
    return out;
  }

  private static int hash(String s) {
    return Math.floorMod(s.hashCode() * 31 + 17, 1_000_003);
  }
}
