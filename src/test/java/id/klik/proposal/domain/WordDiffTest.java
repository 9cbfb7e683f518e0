package id.klik.proposal.domain;

import static org.assertj.core.api.Assertions.assertThat;

import id.klik.proposal.domain.WordDiff.Kind;
import id.klik.proposal.domain.WordDiff.Segment;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class WordDiffTest {

  @Test
  void aReplacedWordIsShownRemovedThenAddedBetweenTheKeptWords() {
    List<Segment> segments =
        WordDiff.between(
                "Layanan antar jemput dokumen kependudukan",
                "Layanan jemput bola dokumen kependudukan")
            .segments();

    assertThat(segments)
        .extracting(Segment::kind, Segment::text)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(Kind.SAME, "Layanan"),
            org.assertj.core.groups.Tuple.tuple(Kind.REMOVED, "antar"),
            org.assertj.core.groups.Tuple.tuple(Kind.SAME, "jemput"),
            org.assertj.core.groups.Tuple.tuple(Kind.ADDED, "bola"),
            org.assertj.core.groups.Tuple.tuple(Kind.SAME, "dokumen kependudukan"));
  }

  @Test
  void equalTextsAreOneKeptRun() {
    WordDiff diff =
        WordDiff.between(
            "Warga datang ke kantor kelurahan.", "Warga  datang ke kantor\nkelurahan.");

    assertThat(diff.unchanged()).isTrue();
    assertThat(diff.segments()).hasSize(1);
  }

  @Test
  void fromNothingEverythingIsAdded() {
    WordDiff diff = WordDiff.between("", "Inovasi baru");

    assertThat(diff.segments()).containsExactly(new Segment(Kind.ADDED, "Inovasi baru", 2));
  }

  @Test
  void rebuildingBothTextsFromTheSegmentsGivesThemBack() {
    Random random = new Random(7);
    for (int round = 0; round < 200; round++) {
      String[] a = randomWords(random, random.nextInt(40));
      String[] b = randomWords(random, random.nextInt(40));
      List<String> before = new ArrayList<>();
      List<String> after = new ArrayList<>();
      for (Segment s : WordDiff.between(a, b).segments()) {
        List<String> words = List.of(s.text().split(" "));
        if (s.kind() != Kind.ADDED) {
          before.addAll(words);
        }
        if (s.kind() != Kind.REMOVED) {
          after.addAll(words);
        }
      }
      assertThat(before).containsExactly(a);
      assertThat(after).containsExactly(b);
    }
  }

  @Test
  void theAlignmentIsMinimal() {
    String[] a = "a b c a b b a".split(" ");
    String[] b = "c b a b a c".split(" ");

    WordDiff diff = WordDiff.between(a, b);

    // the classic example of Myers' paper: an edit script of five
    assertThat(diff.addedWords() + diff.removedWords()).isEqualTo(5);
  }

  @Test
  void twoVersionsOfFiveThousandWordsCompareQuickly() {
    Random random = new Random(11);
    String[] a = randomWords(random, 5_000);
    String[] b = a.clone();
    for (int i = 0; i < 300; i++) {
      b[random.nextInt(b.length)] = "ubah" + i;
    }
    long start = System.nanoTime();
    WordDiff diff = WordDiff.between(a, b);
    Duration took = Duration.ofNanos(System.nanoTime() - start);

    assertThat(diff.addedWords()).isBetween(250, 300);
    assertThat(took).isLessThan(Duration.ofSeconds(2));
  }

  @Test
  void completelyDifferentLongTextsStayBoundedAndCorrect() {
    Random random = new Random(3);
    String[] a = randomWords(random, 5_000);
    String[] b = new String[5_000];
    for (int i = 0; i < b.length; i++) {
      b[i] = "lain" + i;
    }
    long start = System.nanoTime();
    WordDiff diff = WordDiff.between(a, b);

    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(3));
    assertThat(diff.removedWords()).isEqualTo(5_000);
    assertThat(diff.addedWords()).isEqualTo(5_000);
  }

  @Test
  void positionsAfterFollowKeptWords() {
    int[] map = WordDiff.between("satu dua tiga empat", "nol satu tiga empat").positionsAfter();

    assertThat(map).containsExactly(1, -1, 2, 3);
  }

  static String[] randomWords(Random random, int n) {
    String[] vocabulary = {
      "warga", "layanan", "data", "kelurahan", "inovasi", "cepat", "dan", "yang"
    };
    String[] out = new String[n];
    for (int i = 0; i < n; i++) {
      out[i] = vocabulary[random.nextInt(vocabulary.length)];
    }
    return out;
  }
}
