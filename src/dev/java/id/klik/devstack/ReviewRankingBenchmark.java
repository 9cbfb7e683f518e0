package id.klik.devstack;

import id.klik.review.domain.CompetitionRules;
import id.klik.review.domain.FinalistRule;
import id.klik.review.domain.FinalistSelection;
import id.klik.review.domain.PanelRanking;
import id.klik.review.domain.RankedEntry;
import id.klik.review.domain.ReviewScores;
import id.klik.review.domain.RubricSheet;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

/**
 * {@code ./mvnw -Pbench-reviews package}: ranking a competition of 500 proposals × 5 reviewers on
 * the city rubric (five weighted criteria, scores 1–4, two categories ranked separately, one review
 * in twenty incomplete) through the same domain code the ranking endpoint runs, then choosing the
 * finalists. The floor, measured in the same run on the same data: the same weighted sums in a
 * plain loop over primitive arrays followed by one sort of the means. p50/p95 of both and their
 * ratio are printed.
 */
public final class ReviewRankingBenchmark {

  private static final int PROPOSALS = 500;
  private static final int REVIEWERS = 5;
  private static final int WARM_UP = 3000;
  private static final int RUNS = 2000;
  private static final List<String> CRITERIA =
      List.of("novelty", "effectiveness", "benefit", "transferability", "sustainability");
  private static final double[] WEIGHTS = {25, 20, 25, 15, 15};

  private ReviewRankingBenchmark() {}

  public static void main(String[] args) {
    Random random = new Random(13);
    RubricSheet rubric =
        new RubricSheet(
            CRITERIA,
            Arrays.stream(WEIGHTS).boxed().toList(),
            List.of(
                BigDecimal.ONE,
                BigDecimal.valueOf(2),
                BigDecimal.valueOf(3),
                BigDecimal.valueOf(4)));
    CompetitionRules rules =
        new CompetitionRules(
            20,
            true,
            List.of(),
            new FinalistRule(Map.of("agencies-bumd", 6, "kelurahan-upt", 6), null, null),
            List.of(),
            List.of());
    List<PanelRanking.Entry> entries = new ArrayList<>();
    int[][][] raw = new int[PROPOSALS][REVIEWERS][];
    for (int p = 0; p < PROPOSALS; p++) {
      List<ReviewScores> reviews = new ArrayList<>();
      for (int r = 0; r < REVIEWERS; r++) {
        Map<String, Integer> scores = new LinkedHashMap<>();
        boolean incomplete = random.nextInt(20) == 0;
        int[] row = new int[CRITERIA.size()];
        for (int c = 0; c < CRITERIA.size(); c++) {
          row[c] = 1 + random.nextInt(4);
          if (!(incomplete && c == CRITERIA.size() - 1)) {
            scores.put(CRITERIA.get(c), row[c]);
          }
        }
        raw[p][r] = incomplete ? null : row;
        reviews.add(new ReviewScores(UUID.randomUUID(), scores));
      }
      entries.add(
          new PanelRanking.Entry(
              UUID.randomUUID(), p % 7 < 2 ? "agencies-bumd" : "kelurahan-upt", reviews));
    }
    long[] domain = new long[RUNS];
    long[] floor = new long[RUNS];
    long sink = 0;
    for (int i = 0; i < WARM_UP + RUNS; i++) {
      long t0 = System.nanoTime();
      List<RankedEntry> ranked = PanelRanking.rank(rubric, rules, entries);
      sink += FinalistSelection.select(ranked, rules.finalists()).finalists().size();
      long t1 = System.nanoTime();
      sink += (long) plainLoop(raw)[0];
      long t2 = System.nanoTime();
      if (i >= WARM_UP) {
        domain[i - WARM_UP] = t1 - t0;
        floor[i - WARM_UP] = t2 - t1;
      }
    }
    Arrays.sort(domain);
    Arrays.sort(floor);
    System.out.printf(
        Locale.ROOT,
        "%nRanking %d proposals x %d reviewers (%d runs after %d warm-up; checksum %d)%n"
            + "  domain ranking + finalists  p50 %8.3f ms  p95 %8.3f ms%n"
            + "  floor: plain loop + sort    p50 %8.3f ms  p95 %8.3f ms%n"
            + "  ratio                       p50 %8.1f x   p95 %8.1f x%n",
        PROPOSALS,
        REVIEWERS,
        RUNS,
        WARM_UP,
        sink,
        ms(domain, 50),
        ms(domain, 95),
        ms(floor, 50),
        ms(floor, 95),
        (double) pct(domain, 50) / pct(floor, 50),
        (double) pct(domain, 95) / pct(floor, 95));
  }

  /** The same weighted means on 100 in a plain loop, then the means sorted. */
  private static double[] plainLoop(int[][][] raw) {
    double weightSum = 0;
    for (double w : WEIGHTS) {
      weightSum += w;
    }
    double[] means = new double[raw.length];
    for (int p = 0; p < raw.length; p++) {
      double sum = 0;
      int n = 0;
      for (int[] row : raw[p]) {
        if (row == null) {
          continue;
        }
        double s = 0;
        for (int c = 0; c < row.length; c++) {
          s += WEIGHTS[c] * row[c];
        }
        sum += s / weightSum / 4.0 * 100.0;
        n++;
      }
      means[p] = n == 0 ? -1 : -(sum / n);
    }
    Arrays.sort(means);
    return means;
  }

  private static long pct(long[] sorted, int p) {
    return sorted[Math.min(sorted.length - 1, sorted.length * p / 100)];
  }

  private static double ms(long[] sorted, int p) {
    return pct(sorted, p) / 1_000_000.0;
  }
}
