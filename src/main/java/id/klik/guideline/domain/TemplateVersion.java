package id.klik.guideline.domain;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A template version: a semantic version ({@code 1.2.0}, {@code 2.0.0-rc.1}) or a year with a
 * sequence number ({@code 2025.1}). Ordered numerically, so {@code 2025.10} comes after {@code
 * 2025.9} and a pre-release comes before its release, as in semver 2.0.
 */
public record TemplateVersion(String text) implements Comparable<TemplateVersion> {

  private static final Pattern SEMVER =
      Pattern.compile(
          "(0|[1-9]\\d*)\\.(0|[1-9]\\d*)\\.(0|[1-9]\\d*)(?:-([0-9A-Za-z-]+(?:\\.[0-9A-Za-z-]+)*))?");
  private static final Pattern YEAR_N = Pattern.compile("((?:19|20)\\d{2})\\.([1-9]\\d*)");

  public TemplateVersion {
    if (text == null || !(SEMVER.matcher(text).matches() || YEAR_N.matcher(text).matches())) {
      throw new IllegalArgumentException("Not a template version (1.2.0 or 2025.1): " + text);
    }
  }

  @JsonCreator
  public static TemplateVersion of(String text) {
    return new TemplateVersion(text);
  }

  public static boolean isValid(String text) {
    return text != null && (SEMVER.matcher(text).matches() || YEAR_N.matcher(text).matches());
  }

  /** True for year.n versions such as {@code 2025.1}. */
  public boolean isYearBased() {
    return YEAR_N.matcher(text).matches();
  }

  @JsonValue
  @Override
  public String toString() {
    return text;
  }

  @Override
  public int compareTo(TemplateVersion other) {
    List<Long> mine = numbers();
    List<Long> theirs = other.numbers();
    for (int i = 0; i < Math.max(mine.size(), theirs.size()); i++) {
      long a = i < mine.size() ? mine.get(i) : 0;
      long b = i < theirs.size() ? theirs.get(i) : 0;
      if (a != b) {
        return Long.compare(a, b);
      }
    }
    return comparePreRelease(preRelease(), other.preRelease());
  }

  /**
   * The version a new draft starts from: the next number of the year ({@code 2025.1 → 2025.2}) or
   * the next minor release ({@code 1.2.3 → 1.3.0}, {@code 2.0.0-rc.1 → 2.0.0}).
   */
  public TemplateVersion next() {
    Matcher year = YEAR_N.matcher(text);
    if (year.matches()) {
      return of(year.group(1) + "." + (Long.parseLong(year.group(2)) + 1));
    }
    Matcher semver = SEMVER.matcher(text);
    semver.matches();
    if (semver.group(4) != null) {
      return of(semver.group(1) + "." + semver.group(2) + "." + semver.group(3));
    }
    return of(semver.group(1) + "." + (Long.parseLong(semver.group(2)) + 1) + ".0");
  }

  public boolean isNewerThan(TemplateVersion other) {
    return compareTo(other) > 0;
  }

  private List<Long> numbers() {
    List<Long> numbers = new ArrayList<>();
    Matcher semver = SEMVER.matcher(text);
    if (semver.matches()) {
      for (int group = 1; group <= 3; group++) {
        numbers.add(Long.parseLong(semver.group(group)));
      }
      return numbers;
    }
    Matcher year = YEAR_N.matcher(text);
    year.matches();
    numbers.add(Long.parseLong(year.group(1)));
    numbers.add(Long.parseLong(year.group(2)));
    return numbers;
  }

  private String preRelease() {
    Matcher semver = SEMVER.matcher(text);
    return semver.matches() ? semver.group(4) : null;
  }

  private static int comparePreRelease(String a, String b) {
    if (a == null || b == null) {
      // a release ranks above any of its pre-releases
      return a == null ? (b == null ? 0 : 1) : -1;
    }
    String[] left = a.split("\\.");
    String[] right = b.split("\\.");
    for (int i = 0; i < Math.min(left.length, right.length); i++) {
      int order = compareIdentifier(left[i], right[i]);
      if (order != 0) {
        return order;
      }
    }
    return Integer.compare(left.length, right.length);
  }

  private static int compareIdentifier(String a, String b) {
    boolean numericA = a.chars().allMatch(Character::isDigit);
    boolean numericB = b.chars().allMatch(Character::isDigit);
    if (numericA && numericB) {
      return Long.compare(Long.parseLong(a), Long.parseLong(b));
    }
    if (numericA != numericB) {
      return numericA ? -1 : 1;
    }
    return a.compareTo(b);
  }
}
