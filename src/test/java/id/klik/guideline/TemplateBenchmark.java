package id.klik.guideline;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import id.klik.guideline.domain.Template;
import id.klik.guideline.domain.TemplateReader;
import id.klik.guideline.domain.TemplateReading;
import id.klik.guideline.domain.merge.MergeDecisions;
import id.klik.guideline.domain.merge.MergeOutcome;
import id.klik.guideline.domain.merge.MergePlan;
import id.klik.guideline.domain.merge.Resolution;
import id.klik.guideline.domain.merge.TemplateChange;
import id.klik.guideline.domain.merge.TemplateDiff;
import id.klik.guideline.domain.merge.ThreeWayMerge;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * Prints how long validating, diffing and merging a 500-item clinic template takes (median and p95
 * after warm-up). A printed benchmark, not a timed test: timings on a shared CI machine are noise.
 *
 * <p>Run: {@code ./mvnw -q -B -Pbench-templates test-compile exec:java}
 */
public final class TemplateBenchmark {

  private static final int PHASES = 4;
  private static final int STEPS_PER_PHASE = 25;
  private static final int ITEMS_PER_STEP = 4; // 4 + 100 + 400 = 504 list items
  private static final int WARM_UP = 300;
  private static final int RUNS = 300;

  /** Keeps the results reachable so the JIT cannot drop the measured work. */
  private static volatile Object sink;

  private TemplateBenchmark() {}

  public static void main(String[] args) {
    TemplateReader reader = new TemplateReader();
    String baseYaml = clinicYaml(Variant.BASE);
    String localYaml = clinicYaml(Variant.LOCAL);
    String upstreamYaml = clinicYaml(Variant.UPSTREAM);
    Template base = valid(reader.read("base.yaml", baseYaml));
    JsonNode local = valid(reader.read("local.yaml", localYaml)).tree();
    JsonNode upstream = valid(reader.read("upstream.yaml", upstreamYaml)).tree();

    List<TemplateChange> upstreamChanges = TemplateDiff.between(base.tree(), upstream);
    MergePlan plan = ThreeWayMerge.plan(base.tree(), local, upstream);
    MergeDecisions decisions = everythingResolvedForUpstream(plan);
    MergeOutcome outcome = plan.merge(decisions);
    System.out.printf(
        Locale.ROOT,
        "template: %d list items, %d JSON nodes, %d lines of YAML; upstream changes %d, local changes %d,"
            + " conflicts %d, merge complete %s%n",
        PHASES + PHASES * STEPS_PER_PHASE * (1 + ITEMS_PER_STEP),
        countNodes(base.tree()),
        baseYaml.lines().count(),
        upstreamChanges.size(),
        plan.localChanges().size(),
        plan.conflicts().size(),
        outcome.complete());

    System.out.println(
        "each against its floor in the same run: parsing the YAML, comparing every node of"
            + " two trees, copying three trees; target under 50 ms each");
    YAMLMapper yaml = new YAMLMapper();
    double parse = report("  baseline: YAML parse only", () -> readTree(yaml, baseYaml));
    double validate =
        report(
            "validate (YAML + schema + model + rules)", () -> reader.read("base.yaml", baseYaml));
    JsonNode baseTree = base.tree();
    JsonNode baseCopy = baseTree.deepCopy();
    // two equal trees: equality walks every node (unequal ones stop at the first difference)
    double equals = report("  baseline: full tree comparison", () -> baseTree.equals(baseCopy));
    double diff =
        report("diff (adopted → upstream)", () -> TemplateDiff.between(baseTree, upstream));
    double copy =
        report(
            "  baseline: copy three trees",
            () -> List.of(baseTree.deepCopy(), local.deepCopy(), upstream.deepCopy()));
    double merge =
        report(
            "merge (plan + apply all, conflicts resolved)",
            () -> ThreeWayMerge.plan(baseTree, local, upstream).merge(decisions));
    System.out.printf(
        Locale.ROOT,
        "ratios to baseline: validate %.1fx YAML parse, diff %.1fx comparison, merge %.1fx copy%n",
        validate / parse,
        diff / equals,
        merge / copy);
  }

  private static JsonNode readTree(YAMLMapper yaml, String text) {
    try {
      return yaml.readTree(text);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /** Runs the work, prints median and p95, returns the median in milliseconds. */
  private static double report(String name, Supplier<Object> work) {
    for (int i = 0; i < WARM_UP; i++) {
      sink = work.get();
    }
    long[] nanos = new long[RUNS];
    for (int i = 0; i < RUNS; i++) {
      long start = System.nanoTime();
      sink = work.get();
      nanos[i] = System.nanoTime() - start;
    }
    Arrays.sort(nanos);
    System.out.printf(
        Locale.ROOT,
        "%-46s median %6.2f ms   p95 %6.2f ms   (%d runs after %d warm-up)%n",
        name,
        nanos[RUNS / 2] / 1e6,
        nanos[(int) Math.ceil(RUNS * 0.95) - 1] / 1e6,
        RUNS,
        WARM_UP);
    return nanos[RUNS / 2] / 1e6;
  }

  private static MergeDecisions everythingResolvedForUpstream(MergePlan plan) {
    MergeDecisions decisions = MergeDecisions.choose(plan.allUpstreamChangeIds());
    for (var conflict : plan.conflicts()) {
      decisions = decisions.resolve(conflict.changeId(), Resolution.TAKE_UPSTREAM);
    }
    return decisions;
  }

  private static Template valid(TemplateReading reading) {
    if (!reading.valid()) {
      throw new IllegalStateException("Benchmark template is invalid: " + reading.problems());
    }
    return reading.orThrow();
  }

  private static int countNodes(JsonNode node) {
    int count = 1;
    for (JsonNode child : node) {
      count += countNodes(child);
    }
    return count;
  }

  private enum Variant {
    BASE,
    LOCAL,
    UPSTREAM
  }

  /**
   * The same clinic in three versions. The tenant edits checklist texts of every fifth step, adds a
   * checklist item to every tenth and changes one step the publisher also changes (a conflict); the
   * publisher retitles every seventh step, adds a step per phase, removes one and moves one.
   */
  private static String clinicYaml(Variant variant) {
    StringBuilder yaml = new StringBuilder();
    yaml.append("kind: clinic\nid: bench-clinic\nversion: \"1.0.0\"\n")
        .append("title: {id: Klinik uji, en: Benchmark clinic}\n")
        .append("publisher: {tenant: pontianak, name: Bappeda Kota Pontianak}\n")
        .append("source: generated by TemplateBenchmark\n")
        .append("uses: {journey: design-thinking@1.0.0}\nphases:\n");
    for (int p = 0; p < PHASES; p++) {
      yaml.append("  - id: phase-").append(p).append('\n');
      yaml.append("    title: {id: Fase ").append(p).append(", en: Phase ").append(p).append("}\n");
      yaml.append("    steps:\n");
      List<Integer> order = new ArrayList<>();
      for (int s = 0; s < STEPS_PER_PHASE; s++) {
        order.add(s);
      }
      if (variant == Variant.UPSTREAM) {
        order.remove(Integer.valueOf(3)); // removed upstream
        order.add(0, order.remove(order.indexOf(20))); // moved to the front upstream
      }
      for (int s : order) {
        step(yaml, p, s, variant);
      }
      if (variant == Variant.UPSTREAM) {
        yaml.append("      - {id: new-step-")
            .append(p)
            .append(", title: {id: Langkah baru, en: New step}}\n");
      }
    }
    return yaml.toString();
  }

  private static void step(StringBuilder yaml, int p, int s, Variant variant) {
    String title = "Langkah " + p + "." + s;
    if (variant == Variant.UPSTREAM && s % 7 == 0) {
      title += " (diperbarui)";
    }
    if (variant == Variant.LOCAL && s == 14) {
      title += " (lokal)";
    }
    yaml.append("      - id: step-").append(p).append('-').append(s).append('\n');
    yaml.append("        title: {id: \"")
        .append(title)
        .append("\", en: \"Step ")
        .append(p)
        .append('.')
        .append(s)
        .append("\"}\n");
    yaml.append("        responsibleRole: clinic-admin\n        checklist:\n");
    for (int i = 0; i < ITEMS_PER_STEP; i++) {
      String text = "Butir " + i + " langkah " + p + "." + s;
      if (variant == Variant.LOCAL && s % 5 == 0) {
        text += " (disesuaikan)";
      }
      yaml.append("          - {id: item-")
          .append(i)
          .append(", text: \"")
          .append(text)
          .append("\", required: true}\n");
    }
    if (variant == Variant.LOCAL && s % 10 == 0) {
      yaml.append("          - {id: local-item, text: \"Butir tambahan daerah\"}\n");
    }
  }
}
