package id.klik.guideline.domain.merge;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The longest run of keys that keep their relative order between two orderings of the same keys.
 * The items outside it are the ones reported as moved: the fewest moves that explain the new order.
 */
final class LongestCommonOrder {

  private LongestCommonOrder() {}

  static List<String> of(List<String> older, List<String> newer) {
    if (older.equals(newer)) {
      return older; // the usual case: nothing moved, no need for the quadratic table
    }
    int n = older.size();
    int m = newer.size();
    int[][] length = new int[n + 1][m + 1];
    for (int i = n - 1; i >= 0; i--) {
      for (int j = m - 1; j >= 0; j--) {
        length[i][j] =
            older.get(i).equals(newer.get(j))
                ? length[i + 1][j + 1] + 1
                : Math.max(length[i + 1][j], length[i][j + 1]);
      }
    }
    List<String> common = new ArrayList<>();
    int i = 0;
    int j = 0;
    while (i < n && j < m) {
      if (older.get(i).equals(newer.get(j))) {
        common.add(older.get(i));
        i++;
        j++;
      } else if (length[i + 1][j] >= length[i][j + 1]) {
        i++;
      } else {
        j++;
      }
    }
    return Collections.unmodifiableList(common);
  }
}
