package id.klik.proposal.domain;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A readable word-level comparison of two texts: runs of words kept, removed and added, in reading
 * order. Myers' O(ND) algorithm on the words left once the common beginning and end are set aside,
 * so an edit in a long section costs little. Bounded: when the two texts differ in more than {@link
 * #MAX_EDITS} words, the part between the common beginning and end is shown as removed and added
 * whole, which is still correct, only coarser.
 */
public final class WordDiff {

  /** Beyond this many removed plus added words the middle is not aligned word by word. */
  public static final int MAX_EDITS = 2_000;

  public enum Kind {
    SAME,
    REMOVED,
    ADDED
  }

  /** A run of words of one kind, joined by single spaces. */
  public record Segment(Kind kind, String text, int words) {}

  private final String[] before;
  private final String[] after;
  private final Kind[] opKinds;
  private final int ops;

  private WordDiff(String[] before, String[] after) {
    this.before = before;
    this.after = after;
    List<Kind> kinds = new ArrayList<>(before.length + after.length);
    align(kinds);
    this.opKinds = kinds.toArray(Kind[]::new);
    this.ops = opKinds.length;
  }

  public static WordDiff between(String before, String after) {
    return new WordDiff(Words.of(before), Words.of(after));
  }

  public static WordDiff between(String[] before, String[] after) {
    return new WordDiff(before, after);
  }

  /** The runs, merged by kind; removed before added where both replace the same place. */
  public List<Segment> segments() {
    List<Segment> out = new ArrayList<>();
    int i = 0;
    int j = 0;
    int k = 0;
    while (k < ops) {
      Kind kind = opKinds[k];
      StringBuilder text = new StringBuilder();
      int n = 0;
      while (k < ops && opKinds[k] == kind) {
        String word = kind == Kind.ADDED ? after[j++] : before[i++];
        if (kind == Kind.SAME) {
          j++;
        }
        if (n++ > 0) {
          text.append(' ');
        }
        text.append(word);
        k++;
      }
      out.add(new Segment(kind, text.toString(), n));
    }
    return out;
  }

  /** For each word of the text before, its position in the text after, or -1 if removed. */
  public int[] positionsAfter() {
    int[] map = new int[before.length];
    Arrays.fill(map, -1);
    int i = 0;
    int j = 0;
    for (int k = 0; k < ops; k++) {
      switch (opKinds[k]) {
        case SAME -> map[i++] = j++;
        case REMOVED -> i++;
        case ADDED -> j++;
      }
    }
    return map;
  }

  public int removedWords() {
    return count(Kind.REMOVED);
  }

  public int addedWords() {
    return count(Kind.ADDED);
  }

  public boolean unchanged() {
    return removedWords() == 0 && addedWords() == 0;
  }

  private int count(Kind kind) {
    int n = 0;
    for (int k = 0; k < ops; k++) {
      if (opKinds[k] == kind) {
        n++;
      }
    }
    return n;
  }

  private void align(List<Kind> kinds) {
    int n = before.length;
    int m = after.length;
    int prefix = 0;
    while (prefix < n && prefix < m && before[prefix].equals(after[prefix])) {
      prefix++;
    }
    int suffix = 0;
    while (suffix < n - prefix
        && suffix < m - prefix
        && before[n - 1 - suffix].equals(after[m - 1 - suffix])) {
      suffix++;
    }
    for (int k = 0; k < prefix; k++) {
      kinds.add(Kind.SAME);
    }
    middle(prefix, n - suffix, prefix, m - suffix, kinds);
    for (int k = 0; k < suffix; k++) {
      kinds.add(Kind.SAME);
    }
  }

  /** Myers' greedy forward search on before[a0..a1) and after[b0..b1), then its trace backwards. */
  private void middle(int a0, int a1, int b0, int b1, List<Kind> kinds) {
    int n = a1 - a0;
    int m = b1 - b0;
    int max = Math.min(n + m, MAX_EDITS);
    int offset = max + 1;
    int[] v = new int[2 * max + 3];
    List<int[]> trace = new ArrayList<>();
    int found = -1;
    for (int d = 0; d <= max && found < 0; d++) {
      trace.add(Arrays.copyOfRange(v, offset - d - 1, offset + d + 2));
      for (int k = -d; k <= d; k += 2) {
        int x;
        if (k == -d || (k != d && v[offset + k - 1] < v[offset + k + 1])) {
          x = v[offset + k + 1];
        } else {
          x = v[offset + k - 1] + 1;
        }
        int y = x - k;
        while (x < n && y < m && before[a0 + x].equals(after[b0 + y])) {
          x++;
          y++;
        }
        v[offset + k] = x;
        if (x >= n && y >= m) {
          found = d;
          break;
        }
      }
    }
    if (found < 0) {
      for (int k = 0; k < n; k++) {
        kinds.add(Kind.REMOVED);
      }
      for (int k = 0; k < m; k++) {
        kinds.add(Kind.ADDED);
      }
      return;
    }
    List<Kind> backwards = new ArrayList<>();
    int x = n;
    int y = m;
    for (int d = found; d > 0; d--) {
      int[] prev = trace.get(d); // v before round d, indices -d-1..d+1
      int k = x - y;
      int prevK;
      if (k == -d || (k != d && at(prev, d, k - 1) < at(prev, d, k + 1))) {
        prevK = k + 1;
      } else {
        prevK = k - 1;
      }
      int prevX = at(prev, d, prevK);
      int prevY = prevX - prevK;
      while (x > prevX && y > prevY) {
        backwards.add(Kind.SAME);
        x--;
        y--;
      }
      backwards.add(prevK == k + 1 ? Kind.ADDED : Kind.REMOVED);
      x = prevX;
      y = prevY;
    }
    while (x > 0 && y > 0) {
      backwards.add(Kind.SAME);
      x--;
      y--;
    }
    for (int k = backwards.size() - 1; k >= 0; k--) {
      kinds.add(backwards.get(k));
    }
  }

  private static int at(int[] snapshot, int d, int k) {
    return snapshot[k + d + 1];
  }
}
