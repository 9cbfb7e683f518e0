package id.klik.shared.domain;

import java.util.List;
import java.util.function.Function;

/** One page of a longer list; {@code page} counts from 0. */
public record Page<T>(List<T> items, int page, int size, long total) {

  public static final int MAX_SIZE = 200;

  public <R> Page<R> map(Function<T, R> mapper) {
    return new Page<>(items.stream().map(mapper).toList(), page, size, total);
  }

  /**
   * The first row of a page, capped where a page number so large that the row number overflows
   * would otherwise turn negative: such a page is simply empty.
   */
  public static int firstRow(int page, int size) {
    return (int) Math.min((long) Math.max(0, page) * size, Integer.MAX_VALUE);
  }

  /** Clamps a requested page size into 1..{@link #MAX_SIZE}, 20 when unset. */
  public static int size(Integer requested) {
    if (requested == null || requested < 1) {
      return 20;
    }
    return Math.min(requested, MAX_SIZE);
  }
}
