package id.klik.proposal.domain;

import id.klik.innovation.domain.WordCount;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Readability of Indonesian text, the writing assistant's deterministic advice: sentences longer
 * than {@value #LONG_SENTENCE} words, paragraphs of more than that many words without a single
 * sentence end, and abbreviations never explained. An abbreviation (a word in capitals, {@code
 * OPD}, {@code SIPADU}) is explained when a parenthesised expansion follows it ({@code OPD
 * (Organisasi Perangkat Daerah)}) or it stands in parentheses after one ({@code Organisasi
 * Perangkat Daerah (OPD)}), anywhere in the text given; abbreviations every reader knows ({@link
 * #COMMON}) are left alone.
 */
public final class Readability {

  public static final int LONG_SENTENCE = 40;

  /** Known to every Indonesian civil servant, or not abbreviations a reader needs explained. */
  public static final Set<String> COMMON =
      Set.of(
          "ASN", "PNS", "RI", "NKRI", "UU", "PP", "DPR", "DPRD", "TNI", "POLRI", "KTP", "NIK", "KK",
          "RT", "RW", "SD", "SMP", "SMA", "SMK", "PT", "CV", "HP", "WA", "WIB", "WITA", "WIT",
          "PDF", "IT", "TV", "COVID", "APBD", "APBN", "OK", "II", "III", "IV", "VI", "VII", "VIII",
          "IX", "XI", "XII", "DKI", "BUMN", "BUMD", "UMKM", "SDM", "KTP-EL", "QR", "SMS", "ID");

  /** Capitals (and digits) of two or more, as a word of its own; a dash may join parts. */
  private static final Pattern ABBREVIATION =
      Pattern.compile(
          "(?<![\\p{L}\\p{N}])(\\p{Lu}[\\p{Lu}\\d]+(?:-[\\p{Lu}\\d]+)*)(?![\\p{L}\\p{N}])");

  private static final Pattern PARAGRAPHS = Pattern.compile("\\n\\s*\\n");

  /** After a sentence end: space, then a capital, a digit or an opening quote or bracket. */
  private static final Pattern SENTENCE_BREAK =
      Pattern.compile("(?<=[.!?…])[\"”')]*\\s+(?=[\"“(\\p{Lu}\\p{N}])");

  private static final Pattern SENTENCE_END = Pattern.compile("[.!?…]");

  private Readability() {}

  /** The findings on one section's text; {@code wholeText} is where explanations may stand. */
  public static List<Finding> of(String sectionId, String text, String wholeText) {
    List<Finding> out = new ArrayList<>();
    if (text == null || text.isBlank()) {
      return out;
    }
    for (String paragraph : PARAGRAPHS.split(text.strip())) {
      int words = WordCount.of(paragraph);
      if (words > LONG_SENTENCE && !SENTENCE_END.matcher(paragraph).find()) {
        out.add(
            Finding.warning(sectionId, "proposal.check.paragraphNoBreak", words, start(paragraph)));
        continue;
      }
      for (String sentence : sentences(paragraph)) {
        int n = WordCount.of(sentence);
        if (n > LONG_SENTENCE) {
          out.add(
              Finding.warning(
                  sectionId, "proposal.check.longSentence", n, LONG_SENTENCE, start(sentence)));
        }
      }
    }
    for (String abbreviation : unexplained(text, wholeText == null ? text : wholeText)) {
      out.add(Finding.warning(sectionId, "proposal.check.abbreviation", abbreviation));
    }
    return out;
  }

  /** The sentences of one paragraph. */
  public static List<String> sentences(String paragraph) {
    List<String> out = new ArrayList<>();
    for (String s : SENTENCE_BREAK.split(paragraph.strip())) {
      if (!s.isBlank()) {
        out.add(s.strip());
      }
    }
    return out;
  }

  /**
   * The abbreviations of {@code text}, in order of appearance, explained nowhere in {@code all}.
   */
  public static Set<String> unexplained(String text, String all) {
    Set<String> explained = explainedIn(all);
    Set<String> found = new LinkedHashSet<>();
    Matcher m = ABBREVIATION.matcher(text);
    while (m.find()) {
      String abbreviation = m.group(1);
      if (!COMMON.contains(abbreviation) && !explained.contains(abbreviation)) {
        found.add(abbreviation);
      }
    }
    return found;
  }

  /** "OPD (Organisasi Perangkat Daerah)": a parenthesis with a lower-case word follows. */
  private static final Pattern EXPANSION_AFTER =
      Pattern.compile(
          "(?<![\\p{L}\\p{N}])(\\p{Lu}[\\p{Lu}\\d]+(?:-[\\p{Lu}\\d]+)*)\\s*\\([^()]{0,200}?\\p{Ll}");

  /** "Organisasi Perangkat Daerah (OPD)": it stands alone in parentheses right after a word. */
  private static final Pattern EXPANSION_BEFORE =
      Pattern.compile(
          "(?<=[\\p{L},])\\s{0,3}\\(\\s*(\\p{Lu}[\\p{Lu}\\d]+(?:-[\\p{Lu}\\d]+)*)\\s*\\)");

  /** Every abbreviation the text explains, either way. */
  static Set<String> explainedIn(String text) {
    Set<String> out = new java.util.HashSet<>();
    Matcher a = EXPANSION_AFTER.matcher(text);
    while (a.find()) {
      out.add(a.group(1));
    }
    Matcher b = EXPANSION_BEFORE.matcher(text);
    while (b.find()) {
      out.add(b.group(1));
    }
    return out;
  }

  private static String start(String text) {
    String[] words = Words.of(text);
    int n = Math.min(8, words.length);
    String head = String.join(" ", java.util.Arrays.copyOf(words, n));
    return n < words.length ? head + " …" : head;
  }
}
