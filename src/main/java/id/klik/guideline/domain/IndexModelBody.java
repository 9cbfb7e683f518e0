package id.klik.guideline.domain;

import id.klik.shared.domain.LocalizedText;
import java.math.BigDecimal;
import java.util.List;

/**
 * A yearly Regional Innovation Index (IID) model, exactly the structure of the ministry's
 * guideline: two aspects (SPD for the region, once; SID per innovation), indicators whose measures
 * score weight × chosen level (1..3, each level proven by evidence), the divisor rule MAX(k, n),
 * the number-of-innovations score with its coverage rule, and the category thresholds.
 *
 * <p>All of it changes yearly and is master data: nothing here is a constant in code.
 *
 * @param verify set when the figures come from secondary sources and must be checked against the
 *     official annex
 */
public record IndexModelBody(
    int year,
    LocalizedText verify,
    Levels levels,
    List<Aspect> aspects,
    Divisor divisor,
    InnovationCount innovationCount,
    Total total,
    List<Category> categories,
    LocalizedText prognosis)
    implements TemplateBody {

  public IndexModelBody {
    aspects = List.copyOf(aspects);
    categories = List.copyOf(categories);
  }

  public boolean needsVerification() {
    return verify != null;
  }

  public record Levels(int min, int max) {}

  public record Aspect(
      String id,
      String code,
      LocalizedText title,
      String scope,
      NumberRange indicatorNumbers,
      BigDecimal maxScore,
      BigDecimal sharePercent,
      List<Indicator> indicators) {
    public Aspect {
      indicators = indicators == null ? List.of() : List.copyOf(indicators);
    }

    public BigDecimal weightSum() {
      return indicators.stream()
          .flatMap(indicator -> indicator.measures().stream())
          .map(Measure::weight)
          .reduce(BigDecimal.ZERO, BigDecimal::add);
    }
  }

  public record NumberRange(int from, int to) {}

  public record Indicator(String id, int number, LocalizedText title, List<Measure> measures) {
    public Indicator {
      measures = List.copyOf(measures);
    }
  }

  /** One scored part of an indicator (most indicators have one; e.g. TPT has two). */
  public record Measure(String id, LocalizedText title, BigDecimal weight, List<Level> levels) {
    public Measure {
      levels = levels == null ? List.of() : List.copyOf(levels);
    }
  }

  public record Level(String id, int level, LocalizedText description, LocalizedText evidence) {}

  /** The SID divisor MAX(minimum, n), n the number of innovations. */
  public record Divisor(String rule, int minimum, LocalizedText description) {
    public int divisorFor(int innovations) {
      return Math.max(minimum, innovations);
    }
  }

  public record InnovationCount(
      BigDecimal pointsPerInnovation,
      Integer cap,
      BigDecimal maxScore,
      LocalizedText description,
      Coverage coverage) {}

  /** The number-of-innovations score counts only when enough basic-service affairs are covered. */
  public record Coverage(List<Affair> affairs, int minimumCovered, LocalizedText description) {
    public Coverage {
      affairs = List.copyOf(affairs);
    }
  }

  public record Affair(String id, LocalizedText title) {}

  public record Total(BigDecimal maxScore, BigDecimal normalizeTo, LocalizedText description) {}

  public record Category(
      String id,
      LocalizedText title,
      BigDecimal minScore,
      BigDecimal maxScore,
      LocalizedText note) {}
}
