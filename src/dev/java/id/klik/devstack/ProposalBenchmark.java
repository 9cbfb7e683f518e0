package id.klik.devstack;

import id.klik.guideline.domain.FormBody;
import id.klik.proposal.domain.ProposalChecks;
import id.klik.proposal.domain.SectionContent;
import id.klik.proposal.domain.WordDiff;
import id.klik.shared.domain.LocalizedText;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * {@code ./mvnw -Pbench-proposals package}: the writing assistant's deterministic checks on a
 * 5,000-word proposal (ten sections of 500 words of Indonesian-like text, with abbreviations, long
 * sentences and numbers), and the word diff of two 5,000-word versions (5% of the words changed);
 * p50/p95 of each against a floor measured in the same run: splitting the same words in a plain
 * loop (the least any word-level work costs).
 */
public final class ProposalBenchmark {

  private static final int WARM_UP = 50;
  private static final int RUNS = 300;
  private static final String[] VOCABULARY = {
    "warga", "layanan", "kelurahan", "inovasi", "data", "pelayanan", "cepat", "yang", "dan",
        "untuk",
    "dengan", "OPD", "SIPADU", "2024", "Rp1.500.000", "anak-anak", "petugas", "daring", "surat",
        "antrean"
  };

  private ProposalBenchmark() {}

  public static void main(String[] args) {
    Random random = new Random(42);
    FormBody form = form();
    Map<String, SectionContent> proposal = new HashMap<>();
    StringBuilder whole = new StringBuilder();
    for (FormBody.Section s : form.sections()) {
      String text = text(random, 500);
      proposal.put(s.id(), new SectionContent(text, Map.of()));
      whole.append(text).append("\n\n");
    }
    String all = whole.toString();
    String[] before = text(random, 5_000).split(" ");
    String[] after = before.clone();
    for (int i = 0; i < 250; i++) {
      after[random.nextInt(after.length)] = "diubah" + i;
    }
    String beforeText = String.join(" ", before);
    String afterText = String.join(" ", after);

    long[] checks = time(() -> ProposalChecks.of(form, proposal, Set.of(), 1).findings().size());
    long[] checksFloor = time(() -> split(all));
    long[] diff = time(() -> WordDiff.between(beforeText, afterText).segments().size());
    long[] diffFloor = time(() -> split(beforeText) + split(afterText));

    int findings = ProposalChecks.of(form, proposal, Set.of(), 1).findings().size();
    System.out.println();
    System.out.println("bench-proposals (" + RUNS + " runs each, after " + WARM_UP + " warm-up)");
    report("checks, 5,000-word proposal (" + findings + " findings)", checks, checksFloor);
    report("diff, two 5,000-word versions (250 words changed)", diff, diffFloor);
  }

  private static void report(String what, long[] measured, long[] floor) {
    System.out.printf(
        Locale.ROOT,
        "%-60s p50 %8.3f ms  p95 %8.3f ms | floor (split in a loop) p50 %7.3f ms  p95 %7.3f ms"
            + " | p95 ratio %.1fx%n",
        what,
        ms(percentile(measured, 50)),
        ms(percentile(measured, 95)),
        ms(percentile(floor, 50)),
        ms(percentile(floor, 95)),
        (double) percentile(measured, 95) / Math.max(1, percentile(floor, 95)));
  }

  /** Splits a text into its words in a plain loop (a substring each): the floor. */
  private static int split(String text) {
    List<String> words = new ArrayList<>();
    int start = -1;
    for (int i = 0; i <= text.length(); i++) {
      boolean space = i == text.length() || Character.isWhitespace(text.charAt(i));
      if (space && start >= 0) {
        words.add(text.substring(start, i));
        start = -1;
      } else if (!space && start < 0) {
        start = i;
      }
    }
    return words.size();
  }

  private interface Work {
    int run();
  }

  private static long[] time(Work work) {
    int sink = 0;
    for (int i = 0; i < WARM_UP; i++) {
      sink += work.run();
    }
    long[] nanos = new long[RUNS];
    for (int i = 0; i < RUNS; i++) {
      long start = System.nanoTime();
      sink += work.run();
      nanos[i] = System.nanoTime() - start;
    }
    if (sink == 42) {
      System.out.print("");
    }
    return nanos;
  }

  private static long percentile(long[] values, int p) {
    long[] sorted = values.clone();
    Arrays.sort(sorted);
    int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
    return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
  }

  private static double ms(long nanos) {
    return nanos / 1_000_000.0;
  }

  /** Sentences of 5 to 45 words, a capital after each full stop, a paragraph every 80 words. */
  private static String text(Random random, int words) {
    StringBuilder b = new StringBuilder();
    int sentence = 0;
    int length = 5 + random.nextInt(41);
    for (int i = 0; i < words; i++) {
      String word = VOCABULARY[random.nextInt(VOCABULARY.length)];
      if (sentence == 0) {
        word = Character.toUpperCase(word.charAt(0)) + word.substring(1);
      }
      b.append(word);
      sentence++;
      if (sentence == length) {
        b.append('.');
        sentence = 0;
        length = 5 + random.nextInt(41);
      }
      b.append(i % 80 == 79 ? "\n\n" : " ");
    }
    return b.toString().strip();
  }

  private static FormBody form() {
    List<FormBody.Section> sections = new ArrayList<>();
    for (int i = 1; i <= 10; i++) {
      sections.add(
          new FormBody.Section(
              "section-" + i, LocalizedText.of("Bagian " + i), null, true, 300, 800, null));
    }
    return new FormBody(
        "proposal",
        sections,
        List.of(new FormBody.Attachment("budget", LocalizedText.of("Anggaran"), true, null, 10)));
  }
}
