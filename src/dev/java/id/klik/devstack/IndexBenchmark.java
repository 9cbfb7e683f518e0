package id.klik.devstack;

import id.klik.guideline.domain.IndexModelBody;
import id.klik.guideline.domain.TemplateReader;
import id.klik.guideline.infrastructure.BuiltinTemplates;
import id.klik.index.application.LeadershipPdf;
import id.klik.index.domain.Assessment;
import id.klik.index.domain.ChosenLevel;
import id.klik.index.domain.EnteredInnovation;
import id.klik.index.domain.IndexEstimates;
import id.klik.index.domain.IndexFormula;
import id.klik.index.domain.RankedChange;
import id.klik.index.domain.WhatIf;
import id.klik.shared.pdf.PdfRenderer;
import id.klik.shared.pdf.Xhtml;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Supplier;

/**
 * {@code ./mvnw -Pbench-index package}: the index on the domain and the renderer alone (no
 * container). A tenant with 500 innovations in its 2026 cycle, levels and evidence drawn at random
 * (fixed seed): the estimate (declared and evidenced, with its breakdown) against the same
 * arithmetic in a plain loop over arrays; what-if over every missing item; the leadership PDF
 * against rendering an empty PDF. p50/p95 of each and the ratios are printed.
 */
public final class IndexBenchmark {

  private static final int INNOVATIONS = 500;
  private static final List<String> AFFAIRS =
      List.of(
          "pendidikan",
          "kesehatan",
          "pekerjaan-umum-penataan-ruang",
          "perumahan-rakyat-kawasan-permukiman",
          "trantibum-linmas",
          "sosial",
          "pariwisata");

  private IndexBenchmark() {}

  public static void main(String[] args) {
    String file = "iid-index-2026-2026.1.yaml";
    IndexModelBody model =
        new TemplateReader()
            .read(file, BuiltinTemplates.text(file))
            .orThrow()
            .body(IndexModelBody.class);
    Assessment assessment = assessment(model, new Random(2026));
    IndexFormula formula = new IndexFormula(model);
    Plain plain = new Plain(model, assessment);

    IndexEstimates estimates = formula.estimate(assessment);
    double loopIndex = plain.index();
    System.out.printf(
        Locale.ROOT,
        "%n== bench-index: %d innovations, model %s ==%nformula: declared %s, evidenced %s;"
            + " plain loop (evidenced): %.2f%n",
        INNOVATIONS,
        file,
        estimates.declared().index(),
        estimates.evidenced().index(),
        loopIndex);

    double[] estimate = time(40, 200, () -> formula.estimate(assessment));
    double[] loop = time(40, 200, plain::index);
    WhatIf whatIf = new WhatIf(formula);
    List<RankedChange> ranked = whatIf.rank(assessment);
    double[] what = time(5, 30, () -> whatIf.rank(assessment));

    List<LeadershipPdf.Step> steps =
        ranked.stream()
            .limit(LeadershipPdf.MAX_STEPS)
            .map(c -> new LeadershipPdf.Step(c.change().needs().id(), null, c.gain()))
            .toList();
    LeadershipPdf.Content content =
        new LeadershipPdf.Content(
            "Kota Bench", 2026, "iid-index-2026@2026.1", model, estimates, steps, Locale.ROOT);
    LeadershipPdf leadership = new LeadershipPdf();
    PdfRenderer renderer = new PdfRenderer();
    String empty = Xhtml.document("", "body { font-family: '" + PdfRenderer.FONT + "'; }").end();
    byte[] report = leadership.render(content);
    double[] pdf = time(5, 30, () -> leadership.render(content));
    double[] emptyPdf = time(5, 30, () -> renderer.render(empty));

    line("estimate (declared + evidenced, breakdown)", estimate, loop, "plain loop");
    System.out.printf(
        Locale.ROOT, "what-if: %d ranked changes over every missing item%n", ranked.size());
    line("what-if (all missing items)", what, estimate, "one estimate");
    System.out.printf(Locale.ROOT, "leadership PDF: %,d bytes%n", report.length);
    line("leadership PDF", pdf, emptyPdf, "empty PDF");
  }

  private static void line(String name, double[] ms, double[] floor, String floorName) {
    System.out.printf(
        Locale.ROOT,
        "%-45s p50 %9.3f ms  p95 %9.3f ms | %s p50 %8.3f ms p95 %8.3f ms | ratio p95 %.1fx%n",
        name,
        ms[0],
        ms[1],
        floorName,
        floor[0],
        floor[1],
        ms[1] / floor[1]);
  }

  /** p50 and p95 in milliseconds after a warm-up. */
  private static double[] time(int warmUp, int runs, Supplier<?> work) {
    Object sink = null;
    for (int i = 0; i < warmUp; i++) {
      sink = work.get();
    }
    double[] ms = new double[runs];
    for (int i = 0; i < runs; i++) {
      long t = System.nanoTime();
      sink = work.get();
      ms[i] = (System.nanoTime() - t) / 1e6;
    }
    if (sink == null) {
      throw new IllegalStateException();
    }
    Arrays.sort(ms);
    return new double[] {ms[runs / 2], ms[(int) Math.ceil(runs * 0.95) - 1]};
  }

  private static Assessment assessment(IndexModelBody model, Random random) {
    Map<String, ChosenLevel> region = new HashMap<>();
    List<EnteredInnovation> innovations = new ArrayList<>();
    for (IndexModelBody.Aspect a : model.aspects()) {
      if (!"region".equals(a.scope())) {
        continue;
      }
      a.indicators().forEach(i -> i.measures().forEach(m -> region.put(m.id(), level(random))));
    }
    for (int n = 0; n < INNOVATIONS; n++) {
      Map<String, ChosenLevel> levels = new HashMap<>();
      for (IndexModelBody.Aspect a : model.aspects()) {
        if (!"innovation".equals(a.scope())) {
          continue;
        }
        a.indicators().forEach(i -> i.measures().forEach(m -> levels.put(m.id(), level(random))));
      }
      innovations.add(
          new EnteredInnovation(
              "inovasi-" + n,
              AFFAIRS.get(n % AFFAIRS.size()),
              Set.of(),
              LocalDate.of(2024, 1 + n % 12, 1),
              levels));
    }
    return new Assessment(region, innovations, null);
  }

  private static ChosenLevel level(Random random) {
    return new ChosenLevel(random.nextInt(4), random.nextInt(3) > 0);
  }

  /** The evidenced estimate's arithmetic with nothing around it: arrays of weights and levels. */
  private static final class Plain {
    private final double[] regionWeights;
    private final int[] regionLevels;
    private final double[] innovationWeights;
    private final int[][] innovationLevels;
    private final IndexModelBody model;

    Plain(IndexModelBody model, Assessment assessment) {
      this.model = model;
      List<IndexModelBody.Measure> region = measures(model, "region");
      List<IndexModelBody.Measure> perInnovation = measures(model, "innovation");
      regionWeights = region.stream().mapToDouble(m -> m.weight().doubleValue()).toArray();
      regionLevels =
          region.stream().mapToInt(m -> counted(assessment.region().get(m.id()))).toArray();
      innovationWeights =
          perInnovation.stream().mapToDouble(m -> m.weight().doubleValue()).toArray();
      innovationLevels = new int[assessment.innovations().size()][];
      for (int i = 0; i < innovationLevels.length; i++) {
        EnteredInnovation e = assessment.innovations().get(i);
        innovationLevels[i] =
            perInnovation.stream().mapToInt(m -> counted(e.levels().get(m.id()))).toArray();
      }
    }

    private static int counted(ChosenLevel level) {
      return level == null || !level.evidenced() ? 0 : level.level();
    }

    double index() {
      double spd = 0;
      for (int i = 0; i < regionWeights.length; i++) {
        spd += regionWeights[i] * regionLevels[i];
      }
      double sid = 0;
      for (int[] levels : innovationLevels) {
        for (int i = 0; i < innovationWeights.length; i++) {
          sid += innovationWeights[i] * levels[i];
        }
      }
      int n = innovationLevels.length;
      int divisor = Math.max(model.divisor().minimum(), n);
      BigDecimal per = model.innovationCount().pointsPerInnovation();
      double number = Math.min(n, model.innovationCount().cap()) * per.doubleValue();
      number = Math.min(number, model.innovationCount().maxScore().doubleValue());
      double total = spd + sid / divisor + number;
      return total
          / model.total().maxScore().doubleValue()
          * model.total().normalizeTo().doubleValue();
    }

    private static List<IndexModelBody.Measure> measures(IndexModelBody model, String scope) {
      List<IndexModelBody.Measure> out = new ArrayList<>();
      for (IndexModelBody.Aspect a : model.aspects()) {
        if (scope.equals(a.scope())) {
          a.indicators().forEach(i -> out.addAll(i.measures()));
        }
      }
      return out;
    }
  }
}
